import type { TaskKind } from "@/lib/tasks/status";

import { isObject, type Json, listField, numberField, objectField, text } from "./payload-fields";
import type { FileRole, NormalizedResult } from "./types";

// Each kind's results, from a query's `response` or a callback's body alike: the field
// names are the same once camelCase and snake_case are treated as one.

const TRACK_FILES: [FileRole, string][] = [
  ["audio", "audioUrl"],
  ["stream", "streamAudioUrl"],
  ["image", "imageUrl"],
  ["source_audio", "sourceAudioUrl"],
  ["source_stream", "sourceStreamAudioUrl"],
  ["source_image", "sourceImageUrl"],
];

function files(item: Json, pairs: [FileRole, string][]): NormalizedResult["files"] {
  const found: NormalizedResult["files"] = {};
  for (const [role, name] of pairs) {
    const url = text(item, name);
    if (url) found[role] = url;
  }
  return found;
}

export function parseTracks(items: unknown[]): NormalizedResult[] {
  return items.filter(isObject).map((item, position) => ({
    type: "track",
    key: text(item, "id") ?? String(position),
    position,
    title: text(item, "title"),
    tags: text(item, "tags"),
    duration: numberField(item, "duration"),
    prompt: text(item, "prompt"),
    modelName: text(item, "modelName"),
    files: files(item, TRACK_FILES),
    raw: item,
  }));
}

export function parseLyrics(items: unknown[]): NormalizedResult[] {
  return items.filter(isObject).map((item, position) => ({
    type: "lyrics",
    key: String(position),
    position,
    title: text(item, "title"),
    text: text(item, "text"),
    files: {},
    raw: item,
  }));
}

export const STEM_FIELDS: [string, string][] = [
  ["origin", "originUrl"],
  ["vocal", "vocalUrl"],
  ["instrumental", "instrumentalUrl"],
  ["backing_vocals", "backingVocalsUrl"],
  ["drums", "drumsUrl"],
  ["bass", "bassUrl"],
  ["guitar", "guitarUrl"],
  ["keyboard", "keyboardUrl"],
  ["percussion", "percussionUrl"],
  ["strings", "stringsUrl"],
  ["synth", "synthUrl"],
  ["fx", "fxUrl"],
  ["brass", "brassUrl"],
  ["woodwinds", "woodwindsUrl"],
];

export function parseStems(info: Json): NormalizedResult[] {
  const results: NormalizedResult[] = [];
  for (const [key, name] of STEM_FIELDS) {
    const url = text(info, name);
    if (!url) continue;
    results.push({ type: "stem", key, position: results.length, files: { audio: url }, raw: url });
  }
  return results;
}

function single(type: "wav" | "video", role: FileRole, url: string | undefined) {
  if (!url) return [];
  return [{ type, key: type, position: 0, files: { [role]: url }, raw: url }];
}

export function parseImages(items: unknown[]): NormalizedResult[] {
  return items
    .map((item) =>
      typeof item === "string" ? item : isObject(item) ? text(item, "url") : undefined,
    )
    .filter((url): url is string => Boolean(url))
    .map((url, position) => ({
      type: "image",
      key: String(position),
      position,
      files: { image: url },
      raw: url,
    }));
}

/** The results carried by `source` (a query's response, or a callback body) for `kind`. */
export function resultsOf(kind: TaskKind, source: Json): NormalizedResult[] {
  switch (kind) {
    case "music":
    case "extend":
    case "upload-cover":
      return parseTracks(listField(source, "sunoData") ?? listField(source, "data") ?? []);
    case "lyrics":
      return parseLyrics(listField(source, "lyricsData") ?? listField(source, "data") ?? []);
    case "vocal-removal": {
      const info = objectField(source, "vocalRemovalInfo") ?? source;
      return parseStems(info);
    }
    case "wav":
      return single("wav", "audio", text(source, "audioWavUrl"));
    case "mp4":
      return single("video", "video", text(source, "videoUrl"));
    case "cover-art":
      return parseImages(listField(source, "images") ?? []);
  }
}
