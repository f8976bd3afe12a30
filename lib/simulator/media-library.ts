import { readFileSync } from "node:fs";
import path from "node:path";

import { renderPng } from "./media/render-png";
import { renderWav } from "./media/render-wav";
import {
  coverFile,
  imageFile,
  stemFile,
  stemsOf,
  streamFile,
  trackFile,
  VIDEO_FILE,
  WAV_FILE,
} from "./media-names";
import type { SimTask } from "./sim-task";

export type Media = { body: Buffer; contentType: string };

const VIDEO_PATH = path.join(process.cwd(), "lib", "simulator", "assets", "sample-video.mp4");
const cache = new Map<string, Media>();
const CACHE_ENTRIES = 48;

function wav(seed: string, seconds: number): Media {
  return { body: renderWav({ seed, seconds }), contentType: "audio/wav" };
}

function png(seed: string): Media {
  return { body: renderPng({ seed }), contentType: "image/png" };
}

function trackMedia(task: SimTask, name: string): Media | undefined {
  for (const track of task.tracks) {
    // The stream is the same tune: a preview of the final file.
    if (name === trackFile(track.id) || name === streamFile(track.id)) {
      return wav(track.id, track.seconds);
    }
    if (name === imageFile(track.id)) return png(track.id);
  }
  return undefined;
}

function render(task: SimTask, name: string, videoPath: string): Media | undefined {
  const track = trackMedia(task, name);
  if (track) return track;
  if (task.kind === "vocal-removal") {
    const stem = stemsOf(task).find((candidate) => stemFile(candidate) === name);
    if (stem) return wav(`${task.id}:${stem}`, 4);
  }
  if (task.kind === "wav" && name === WAV_FILE) return wav(task.id, 8);
  if (task.kind === "mp4" && name === VIDEO_FILE) {
    return { body: readFileSync(videoPath), contentType: "video/mp4" };
  }
  if (task.kind === "cover-art" && (name === coverFile(0) || name === coverFile(1))) {
    return png(`${task.id}:${name}`);
  }
  return undefined;
}

/** The file `name` of `task`, or undefined when the task has no such file. */
export function mediaFor(task: SimTask, name: string, videoPath = VIDEO_PATH): Media | undefined {
  const key = `${task.id}/${name}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const media = render(task, name, videoPath);
  if (!media) return undefined;
  if (cache.size >= CACHE_ENTRIES) cache.delete(cache.keys().next().value ?? "");
  cache.set(key, media);
  return media;
}
