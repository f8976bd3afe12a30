import type { SimTask } from "./sim-task";

// Every file a task offers, by name under /_simulator/media/<taskId>/. The files are drawn
// on request from the task's id, so nothing needs storing.

export const SEPARATE_VOCAL_STEMS = ["origin", "vocal", "instrumental"];
export const SPLIT_STEMS = [
  ...SEPARATE_VOCAL_STEMS,
  "backing_vocals",
  "drums",
  "bass",
  "guitar",
  "keyboard",
  "percussion",
  "strings",
  "synth",
  "fx",
  "brass",
  "woodwinds",
];

export function stemsOf(task: SimTask): string[] {
  return task.body.type === "split_stem" ? SPLIT_STEMS : SEPARATE_VOCAL_STEMS;
}

export function mediaUrl(baseUrl: string, task: SimTask, name: string): string {
  return `${baseUrl}/_simulator/media/${task.id}/${name}`;
}

export const trackFile = (id: string) => `${id}.wav`;
export const streamFile = (id: string) => `${id}-stream.wav`;
export const imageFile = (id: string) => `${id}.png`;
export const stemFile = (stem: string) => `stem-${stem}.wav`;
export const WAV_FILE = "audio.wav";
export const VIDEO_FILE = "video.mp4";
export const coverFile = (index: number) => `cover-${index}.png`;
