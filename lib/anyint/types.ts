// The normalised form every provider answer and callback is turned into, whatever shape
// it came in. The task lifecycle (lib/tasks) only ever sees these types.
import type { TaskKind, TaskStatus } from "@/lib/tasks/status";

export type { TaskKind, TaskStatus };

export type ResultType = "track" | "stem" | "video" | "wav" | "image" | "lyrics";

/** The role a file plays in its result; one MediaFile row per role. */
export type FileRole =
  "audio" | "stream" | "image" | "video" | "source_audio" | "source_stream" | "source_image";

export type NormalizedResult = {
  type: ResultType;
  /** Stable within the task: the provider's track id, a stem name ("vocal", "drums"), or an index. */
  key: string;
  position: number;
  title?: string;
  tags?: string;
  duration?: number;
  prompt?: string;
  modelName?: string;
  /** Lyric text, for lyrics results. */
  text?: string;
  files: Partial<Record<FileRole, string>>;
  /** The provider's item as it came. */
  raw: unknown;
};

export type NormalizedUpdate = {
  /** The provider's task id, when the payload names one (taskId or task_id). */
  upstreamTaskId?: string;
  /** The status this payload reports, as a status word (callback phases mapped to one). */
  status: TaskStatus;
  results: NormalizedResult[];
  error?: { code: string; message: string };
  /** text, first, complete or error, for callbacks that say. */
  callbackType?: string;
};

/** How to react to a provider failure (ANYINT.md's code table). */
export type ErrorClass = "retry_later" | "user_fix" | "admin";

export type CreateOutcome = { upstreamTaskId: string; httpStatus: number; providerCode: number };

export type QueryOutcome = {
  update: NormalizedUpdate;
  httpStatus: number;
  providerCode: number;
  latencyMs: number;
};

/** What the lifecycle needs of a provider: AnyInt, sunoapi.org, or the simulator. */
export interface AnyIntClient {
  create(options: { kind: TaskKind; input: unknown; callBackUrl: string }): Promise<CreateOutcome>;
  /** `retries` overrides the client's own count; the poller sends 0 and backs off itself. */
  query(options: {
    kind: TaskKind;
    upstreamTaskId: string;
    input?: unknown;
    retries?: number;
  }): Promise<QueryOutcome>;
}
