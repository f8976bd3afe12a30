import type { TaskKind, TaskStatus } from "@/lib/tasks/status";

// A task as the JSON API sends it to the browser: the same fields as lib/tasks/task-view.ts,
// with dates as ISO strings.

export type Track = {
  id: string;
  key: string;
  title: string | null;
  tags: string | null;
  duration: number | null;
  modelName: string | null;
  audioUrl: string | null;
  streamAudioUrl: string | null;
  imageUrl: string | null;
};

export type TaskResults = {
  tracks: Track[];
  stems: { id: string; name: string; audioUrl: string | null }[];
  videos: { id: string; videoUrl: string | null }[];
  wav: { id: string; audioUrl: string | null }[];
  images: { id: string; imageUrl: string | null }[];
  lyrics: { id: string; title: string | null; text: string | null }[];
};

export type Timeline = {
  submittedAt: string | null;
  acceptedAt: string | null;
  textAt: string | null;
  firstAt: string | null;
  succeededAt: string | null;
  failedAt: string | null;
  timedOutAt: string | null;
};

export type TaskJson = {
  id: string;
  kind: TaskKind;
  status: TaskStatus;
  ready: boolean;
  preview: boolean;
  open: boolean;
  input: Record<string, unknown> | null;
  upstreamTaskId: string | null;
  error: { code: string | null; message: string | null } | null;
  results: TaskResults;
  retryOf: string | null;
  parentTaskId: string | null;
  parentTrackId: string | null;
  timeline: Timeline;
  createdAt: string;
  updatedAt: string;
};

export type Receipt = {
  id: string;
  receivedAt: string;
  outcome: string;
  outcomeDetail: string | null;
  callbackType: string | null;
  sourceAddress: string | null;
  headers: unknown;
  rawBody: string | null;
};

export type Poll = {
  id: string;
  startedAt: string;
  trigger: string;
  httpStatus: number | null;
  providerCode: number | null;
  statusSeen: string | null;
  latencyMs: number | null;
  error: string | null;
};

export type LinkedTask = { id: string; status: string; kind?: string; createdAt: string };

export type TaskDetailJson = TaskJson & {
  receipts: Receipt[];
  polls: Poll[];
  attempts: LinkedTask[];
  derived: LinkedTask[];
};

export type TaskPage = { items: TaskJson[]; nextCursor: string | null };
