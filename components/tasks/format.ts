import type { TaskKind } from "@/lib/tasks/status";

import type { TaskJson } from "./types";

export const KIND_LABELS: Record<TaskKind, string> = {
  music: "Music",
  extend: "Extension of a track",
  "upload-cover": "Cover of an uploaded song",
  lyrics: "Lyrics",
  "vocal-removal": "Vocals and stems",
  wav: "WAV file",
  mp4: "Music video",
  "cover-art": "Cover art",
};

/** "3 min ago", "2 h ago", counted from `now` so the caller decides when it ticks. */
export function formatAge(iso: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86_400)} d ago`;
}

/** Seconds as m:ss; empty for an unknown length. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return "";
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
}

function inputText(task: TaskJson, field: string): string | null {
  const value = task.input?.[field];
  return typeof value === "string" && value.trim() ? value.trim() : null;
}

/** What a person would call the task: its first track's title, its title, or its prompt. */
export function taskTitle(task: TaskJson): string {
  return (
    task.results.tracks[0]?.title ??
    inputText(task, "title") ??
    inputText(task, "prompt") ??
    KIND_LABELS[task.kind]
  );
}

/** The prompt, when the title shown is something else (a track's title): the task's own words. */
export function taskSubtitle(task: TaskJson): string | null {
  const prompt = inputText(task, "prompt");
  return prompt && prompt !== taskTitle(task) ? prompt : null;
}

export function taskCover(task: TaskJson): string | null {
  return task.results.tracks[0]?.imageUrl ?? task.results.images[0]?.imageUrl ?? null;
}

export function taskDuration(task: TaskJson): number | null {
  return task.results.tracks[0]?.duration ?? null;
}

const CLOCK = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZone: "UTC",
});

/** A moment to the second, in UTC so the server's render and the browser's agree. */
export function formatClock(iso: string | null): string {
  return iso ? `${CLOCK.format(new Date(iso))} UTC` : "";
}

/** A stored JSON text pretty-printed, or the text as it came when it is not JSON. */
export function prettyJson(value: unknown): string {
  if (typeof value !== "string") return JSON.stringify(value ?? null, null, 2);
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}
