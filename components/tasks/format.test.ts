import { describe, expect, it } from "vitest";

import { formatAge, formatDuration, prettyJson, taskSubtitle, taskTitle } from "./format";
import type { TaskJson } from "./types";

function task(patch: Partial<TaskJson>): TaskJson {
  const results = { tracks: [], stems: [], videos: [], wav: [], images: [], lyrics: [] };
  return { kind: "music", input: {}, results, ...patch } as TaskJson;
}

describe("task titles", () => {
  it("prefers the first track's title, then the input's title, then its prompt", () => {
    const track = { title: "Track one" } as TaskJson["results"]["tracks"][number];
    const results = { ...task({}).results, tracks: [track] };
    expect(taskTitle(task({ results, input: { title: "Mine", prompt: "p" } }))).toBe("Track one");
    expect(taskTitle(task({ input: { title: "Mine", prompt: "p" } }))).toBe("Mine");
    expect(taskTitle(task({ input: { prompt: "  a prompt " } }))).toBe("a prompt");
    expect(taskTitle(task({ kind: "wav", input: {} }))).toBe("WAV file");
  });

  it("adds the prompt beneath only when the title is something else", () => {
    expect(taskSubtitle(task({ input: { prompt: "the prompt" } }))).toBeNull();
    expect(taskSubtitle(task({ input: { title: "T", prompt: "the prompt" } }))).toBe("the prompt");
  });
});

describe("times and lengths", () => {
  const now = Date.parse("2026-01-01T12:00:00Z");

  it("says how long ago in the largest whole unit", () => {
    expect(formatAge("2026-01-01T11:59:30Z", now)).toBe("30 s ago");
    expect(formatAge("2026-01-01T11:55:00Z", now)).toBe("5 min ago");
    expect(formatAge("2026-01-01T09:00:00Z", now)).toBe("3 h ago");
    expect(formatAge("2025-12-30T12:00:00Z", now)).toBe("2 d ago");
    expect(formatAge("2026-01-01T12:00:05Z", now)).toBe("0 s ago");
  });

  it("writes seconds as m:ss and an unknown length as nothing", () => {
    expect(formatDuration(125.7)).toBe("2:05");
    expect(formatDuration(9)).toBe("0:09");
    expect(formatDuration(null)).toBe("");
    expect(formatDuration(Number.NaN)).toBe("");
  });
});

describe("prettyJson", () => {
  it("indents JSON text and keeps anything else as it came", () => {
    expect(prettyJson('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyJson("not json")).toBe("not json");
    expect(prettyJson({ b: 2 })).toBe('{\n  "b": 2\n}');
  });
});
