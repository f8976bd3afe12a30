import { describe, expect, it } from "vitest";

import { buildRequest, INITIAL_FORM } from "./new-task-request";

describe("buildRequest", () => {
  it("sends only the prompt in simple mode and finds an over-long one", () => {
    const song = { ...INITIAL_FORM.song, prompt: "x".repeat(501), style: "ignored" };
    const { body, issues } = buildRequest({ ...INITIAL_FORM, song });
    expect(body?.input).toEqual({
      customMode: false,
      instrumental: false,
      model: "V4_5",
      prompt: "x".repeat(501),
    });
    expect(issues.map((issue) => issue.message)).toEqual([
      "Prompt is 501 characters; simple mode allows at most 500",
    ]);
  });

  it("needs style and title in custom mode, and no lyrics for an instrumental", () => {
    const song = { ...INITIAL_FORM.song, customMode: true, instrumental: true };
    const { body, issues } = buildRequest({ ...INITIAL_FORM, song });
    expect(body?.input).not.toHaveProperty("prompt");
    expect(issues.map((issue) => issue.path[0]).sort()).toEqual(["style", "title"]);
  });

  it("counts lyric prompts in words", () => {
    const state = { ...INITIAL_FORM, kind: "lyrics" as const, lyricsPrompt: "w ".repeat(201) };
    expect(buildRequest(state).issues[0]?.message).toBe(
      "Prompt is 201 words; lyrics allow at most 200",
    );
  });

  it("leaves the provider ids of a derived task to the server when a parent is given", () => {
    const state = { ...INITIAL_FORM, kind: "wav" as const, parentTaskId: " t1 ", json: "{}" };
    const { body, issues } = buildRequest(state);
    expect(issues).toEqual([]);
    expect(body).toEqual({ kind: "wav", input: {}, parentTaskId: "t1" });
  });

  it("asks for the provider ids without a parent, and reports JSON that does not parse", () => {
    const wav = { ...INITIAL_FORM, kind: "wav" as const };
    expect(
      buildRequest(wav)
        .issues.map((issue) => issue.path[0])
        .sort(),
    ).toEqual(["audioId", "taskId"]);
    const broken = buildRequest({ ...wav, json: "{" });
    expect(broken.body).toBeNull();
    expect(broken.issues[0]?.path).toEqual(["json"]);
  });

  it("still checks the derived input's own fields, like the stem split type", () => {
    const state = {
      ...INITIAL_FORM,
      kind: "vocal-removal" as const,
      parentTaskId: "t1",
      json: '{"type":"all"}',
    };
    expect(buildRequest(state).issues.map((issue) => issue.path[0])).toEqual(["type"]);
  });
});
