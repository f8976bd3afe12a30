// Status words: the provider's, plus SUBMITTING, CREATE_TASK_FAILED and TIMED_OUT.

export const TASK_KINDS = [
  "music",
  "extend",
  "upload-cover",
  "lyrics",
  "vocal-removal",
  "wav",
  "mp4",
  "cover-art",
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Kinds that start from a finished track of another task. */
export const DERIVED_KINDS: readonly TaskKind[] = [
  "extend",
  "vocal-removal",
  "wav",
  "mp4",
  "cover-art",
];

export const PROGRESS_STATUSES = [
  "SUBMITTING",
  "PENDING",
  "TEXT_SUCCESS",
  "FIRST_SUCCESS",
  "SUCCESS",
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const FAILURE_STATUSES = [
  "CREATE_TASK_FAILED",
  "GENERATE_AUDIO_FAILED",
  "GENERATE_LYRICS_FAILED",
  "GENERATE_WAV_FAILED",
  "GENERATE_MP4_FAILED",
  "SENSITIVE_WORD_ERROR",
  "CALLBACK_EXCEPTION",
] as const;
export type FailureStatus = (typeof FAILURE_STATUSES)[number];

export type TaskStatus = ProgressStatus | FailureStatus | "TIMED_OUT";
export const TASK_STATUSES: readonly TaskStatus[] = [
  ...PROGRESS_STATUSES,
  ...FAILURE_STATUSES,
  "TIMED_OUT",
];

export function isTaskStatus(value: string): value is TaskStatus {
  return (TASK_STATUSES as readonly string[]).includes(value);
}

export function isFailureStatus(status: string): status is FailureStatus {
  return (FAILURE_STATUSES as readonly string[]).includes(status);
}

/** Failed, timed out, or done: nothing more will happen without someone acting. */
export function isTerminal(status: TaskStatus): boolean {
  return status === "SUCCESS" || status === "TIMED_OUT" || isFailureStatus(status);
}

/** Failed or timed out: the statuses a retry is allowed from. */
export function isRetryable(status: TaskStatus): boolean {
  return status === "TIMED_OUT" || isFailureStatus(status);
}

export function progressRank(status: TaskStatus): number {
  return (PROGRESS_STATUSES as readonly string[]).indexOf(status);
}

/** The failure word of each kind's family, for a failure that names none of its own. */
export const FAMILY_FAILURE: Record<TaskKind, FailureStatus> = {
  music: "GENERATE_AUDIO_FAILED",
  extend: "GENERATE_AUDIO_FAILED",
  "upload-cover": "GENERATE_AUDIO_FAILED",
  lyrics: "GENERATE_LYRICS_FAILED",
  "vocal-removal": "GENERATE_AUDIO_FAILED",
  wav: "GENERATE_WAV_FAILED",
  mp4: "GENERATE_MP4_FAILED",
  "cover-art": "GENERATE_AUDIO_FAILED",
};
