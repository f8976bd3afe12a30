import { isFailureStatus, type TaskStatus } from "@/lib/tasks/status";

import {
  coverFile,
  imageFile,
  mediaUrl,
  stemFile,
  stemsOf,
  streamFile,
  trackFile,
  VIDEO_FILE,
  WAV_FILE,
} from "./media-names";
import { hasPhases } from "./plan-task";
import type { SimEvent, SimTask } from "./sim-task";

// The provider's shapes (ANYINT.md): queries camelCase inside {code, msg, data};
// callbacks snake_case where the provider writes them so, bare or enveloped.

type Json = Record<string, unknown>;

function snake(object: Json): Json {
  const entries = Object.entries(object).map(([key, value]) => [
    key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`),
    value,
  ]);
  return Object.fromEntries(entries);
}

function failure(status: TaskStatus): { code: number; message: string } | undefined {
  if (!isFailureStatus(status)) return undefined;
  if (status === "SENSITIVE_WORD_ERROR") {
    return { code: 400, message: "The prompt contains sensitive words (simulated)" };
  }
  return { code: 501, message: "Generation failed (simulated)" };
}

function tracks(task: SimTask, status: TaskStatus, baseUrl: string, withSource: boolean): Json[] {
  const streaming = status === "FIRST_SUCCESS" || status === "SUCCESS";
  const done = status === "SUCCESS";
  return task.tracks.map((track, index) => {
    const audio = done ? mediaUrl(baseUrl, task, trackFile(track.id)) : "";
    const stream = streaming ? mediaUrl(baseUrl, task, streamFile(track.id)) : "";
    const image = streaming ? mediaUrl(baseUrl, task, imageFile(track.id)) : "";
    return {
      id: track.id,
      audioUrl: audio,
      streamAudioUrl: stream,
      imageUrl: image,
      ...(withSource
        ? { sourceAudioUrl: audio, sourceStreamAudioUrl: stream, sourceImageUrl: image }
        : {}),
      prompt: typeof task.body.prompt === "string" ? task.body.prompt : "",
      modelName: typeof task.body.model === "string" ? task.body.model : "V4_5",
      title: typeof task.body.title === "string" ? task.body.title : `Simulated song ${index + 1}`,
      tags: typeof task.body.style === "string" ? task.body.style : "simulated, synth",
      createTime: task.createdAt,
      duration: done ? track.seconds : null,
    };
  });
}

function lyrics(task: SimTask): Json[] {
  const prompt = typeof task.body.prompt === "string" ? task.body.prompt : "a song";
  return [1, 2].map((version) => ({
    text: `[Verse]\nA simulated song about ${prompt}\nTake ${version}, sung to no one\n\n[Chorus]\nLa la la`,
    title: `Simulated lyrics ${version}`,
    status: "complete",
    errorMessage: "",
  }));
}

function stems(task: SimTask, baseUrl: string): Json {
  const urls = stemsOf(task).map((stem) => [
    `${stem.replace(/_(.)/g, (_match, letter: string) => letter.toUpperCase())}Url`,
    mediaUrl(baseUrl, task, stemFile(stem)),
  ]);
  return Object.fromEntries(urls);
}

function covers(task: SimTask, baseUrl: string): string[] {
  return [0, 1].map((index) => mediaUrl(baseUrl, task, coverFile(index)));
}

/** What a kind's `response` holds once it is done (camelCase). */
function doneResponse(task: SimTask, baseUrl: string): Json {
  switch (task.kind) {
    case "lyrics":
      return { lyricsData: lyrics(task) };
    case "vocal-removal":
      return stems(task, baseUrl);
    case "wav":
      return { audioWavUrl: mediaUrl(baseUrl, task, WAV_FILE) };
    case "mp4":
      return { videoUrl: mediaUrl(baseUrl, task, VIDEO_FILE) };
    default:
      return { images: covers(task, baseUrl) };
  }
}

function coverFlag(status: TaskStatus): number {
  if (status === "SUCCESS") return 1;
  return isFailureStatus(status) ? 3 : 0;
}

/** The `data` of a query answer for the task as it stands at `status`. */
export function queryData(task: SimTask, status: TaskStatus, baseUrl: string): Json {
  const error = failure(status);
  const common = {
    taskId: task.id,
    param: JSON.stringify(task.body),
    errorCode: error?.code ?? null,
    errorMessage: error?.message ?? null,
  };
  if (hasPhases(task.kind)) {
    const sunoData = status === "PENDING" || error ? [] : tracks(task, status, baseUrl, false);
    return { ...common, status, type: task.kind, response: { taskId: task.id, sunoData } };
  }
  const response = status === "SUCCESS" ? doneResponse(task, baseUrl) : {};
  const successFlag = task.kind === "cover-art" ? coverFlag(status) : status;
  return { ...common, successFlag, response: { taskId: task.id, ...response } };
}

function phasedCallback(task: SimTask, event: SimEvent, baseUrl: string): Json {
  const data =
    event.phase === "text" || event.phase === "error"
      ? []
      : tracks(task, event.status, baseUrl, true);
  return {
    callbackType: event.phase,
    task_id: task.id,
    data: event.phase === "error" ? null : data.map(snake),
  };
}

/** A one-step family's callback body: its result, or null in its place on failure. */
function oneStepCallback(task: SimTask, event: SimEvent, baseUrl: string): Json {
  const ok = event.status === "SUCCESS";
  switch (task.kind) {
    case "lyrics":
      return {
        callbackType: ok ? "complete" : "error",
        taskId: task.id,
        data: ok ? lyrics(task) : null,
      };
    case "vocal-removal":
      return { task_id: task.id, vocal_removal_info: ok ? snake(stems(task, baseUrl)) : null };
    case "wav":
      return { task_id: task.id, audioWavUrl: ok ? mediaUrl(baseUrl, task, WAV_FILE) : null };
    case "mp4":
      return { task_id: task.id, video_url: ok ? mediaUrl(baseUrl, task, VIDEO_FILE) : null };
    default:
      return { taskId: task.id, images: ok ? covers(task, baseUrl) : null };
  }
}

/** The body POSTed to the task's callBackUrl for `event`. */
export function callbackBody(
  task: SimTask,
  event: SimEvent,
  baseUrl: string,
  envelope: boolean,
): Json {
  const inner = hasPhases(task.kind)
    ? phasedCallback(task, event, baseUrl)
    : oneStepCallback(task, event, baseUrl);
  const error = failure(event.status);
  if (!envelope) return error ? { ...inner, code: error.code, msg: error.message } : inner;
  // sunoapi.org sends a music failure as data: null; the other families keep their body.
  const data = error && hasPhases(task.kind) ? null : inner;
  return { code: error?.code ?? 200, msg: error?.message ?? "success", data };
}
