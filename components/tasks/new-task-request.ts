import { DERIVED_KINDS, type TaskKind } from "@/lib/tasks/status";

import type { FieldIssue } from "./api";
import { EMPTY_SONG, songInput, type SongState } from "./song-fields";
import { inputIssues } from "./validate-input";

export type FormState = {
  kind: TaskKind;
  song: SongState;
  uploadUrl: string;
  lyricsPrompt: string;
  json: string;
  parentTaskId: string;
  trackId: string;
};

export const INITIAL_FORM: FormState = {
  kind: "music",
  song: EMPTY_SONG,
  uploadUrl: "",
  lyricsPrompt: "",
  json: "{}",
  parentTaskId: "",
  trackId: "",
};

export type CreateBody = {
  kind: TaskKind;
  input: Record<string, unknown>;
  parentTaskId?: string;
  trackId?: string;
};

/** What the form would send, and every problem the provider's rules find in it. */
export function buildRequest(state: FormState): { body: CreateBody | null; issues: FieldIssue[] } {
  if (state.kind === "music") return checked(state.kind, songInput(state.song));
  if (state.kind === "upload-cover") {
    return checked(state.kind, { ...songInput(state.song), uploadUrl: state.uploadUrl });
  }
  if (state.kind === "lyrics") return checked(state.kind, { prompt: state.lyricsPrompt });
  return derivedRequest(state);
}

function checked(kind: TaskKind, input: Record<string, unknown>) {
  return { body: { kind, input }, issues: inputIssues(kind, input) };
}

function derivedRequest(state: FormState) {
  const input = parseObject(state.json);
  if (typeof input === "string") {
    return { body: null, issues: [{ path: ["json"], message: input }] };
  }
  const parentTaskId = state.parentTaskId.trim();
  const trackId = state.trackId.trim();
  const fromParent = DERIVED_KINDS.includes(state.kind) && parentTaskId.length > 0;
  const body: CreateBody = {
    kind: state.kind,
    input,
    ...(fromParent ? { parentTaskId, ...(trackId ? { trackId } : {}) } : {}),
  };
  return { body, issues: inputIssues(state.kind, input, fromParent) };
}

function parseObject(text: string): Record<string, unknown> | string {
  try {
    const value: unknown = JSON.parse(text || "{}");
    if (value && typeof value === "object" && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
    return "The input must be a JSON object, like {}.";
  } catch (error) {
    return `The input is not valid JSON: ${error instanceof Error ? error.message : ""}`.trim();
  }
}
