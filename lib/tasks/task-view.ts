import type { Db } from "@/lib/db/client";

import { isTerminal, type TaskStatus } from "./status";

type Row = Awaited<ReturnType<Db["task"]["findUniqueOrThrow"]>>;
type ResultRow = Awaited<ReturnType<Db["taskResult"]["findUniqueOrThrow"]>> & {
  files: { role: string; sourceUrl: string; localPath: string | null; status: string }[];
};
export type TaskWithResults = Row & { results: ResultRow[] };

function fileUrl(result: ResultRow, role: string): string | null {
  return result.files.find((file) => file.role === role)?.sourceUrl ?? null;
}

function trackView(result: ResultRow) {
  return {
    id: result.id,
    key: result.key,
    title: result.title,
    tags: result.tags,
    duration: result.duration,
    modelName: result.modelName,
    audioUrl: fileUrl(result, "audio"),
    streamAudioUrl: fileUrl(result, "stream"),
    imageUrl: fileUrl(result, "image"),
  };
}

function resultsView(results: ResultRow[]) {
  const sorted = [...results].sort((a, b) => a.position - b.position);
  const ofType = (type: string) => sorted.filter((result) => result.type === type);
  return {
    tracks: ofType("track").map(trackView),
    stems: ofType("stem").map((stem) => ({
      id: stem.id,
      name: stem.key,
      audioUrl: fileUrl(stem, "audio"),
    })),
    videos: ofType("video").map((video) => ({ id: video.id, videoUrl: fileUrl(video, "video") })),
    wav: ofType("wav").map((wav) => ({ id: wav.id, audioUrl: fileUrl(wav, "audio") })),
    images: ofType("image").map((image) => ({ id: image.id, imageUrl: fileUrl(image, "image") })),
    lyrics: ofType("lyrics").map((lyric) => ({
      id: lyric.id,
      title: lyric.title,
      text: lyric.text,
    })),
  };
}

/** A task as the API shows it. */
export function taskView(task: TaskWithResults) {
  const status = task.status as TaskStatus;
  return {
    id: task.id,
    kind: task.kind,
    status,
    ready: status === "SUCCESS",
    preview: status === "FIRST_SUCCESS",
    open: !isTerminal(status),
    input: task.input,
    upstreamTaskId: task.upstreamTaskId,
    error:
      task.errorCode || task.errorMessage
        ? { code: task.errorCode, message: task.errorMessage }
        : null,
    results: resultsView(task.results),
    retryOf: task.retryOfId,
    parentTaskId: task.parentTaskId,
    parentTrackId: task.parentTrackId,
    timeline: {
      submittedAt: task.submittedAt,
      acceptedAt: task.acceptedAt,
      textAt: task.textAt,
      firstAt: task.firstAt,
      succeededAt: task.succeededAt,
      failedAt: task.failedAt,
      timedOutAt: task.timedOutAt,
    },
    pollCount: task.pollCount,
    nextPollAt: task.nextPollAt,
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
  };
}

export type TaskView = ReturnType<typeof taskView>;

export const WITH_RESULTS = { results: { include: { files: true } } } as const;
