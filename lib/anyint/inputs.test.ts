import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";

import { validateTaskInput } from "./inputs";

function problem(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected validation to fail");
}

const custom = {
  customMode: true,
  instrumental: false,
  model: "V4_5",
  style: "pop",
  title: "Hi",
  prompt: "la",
};

describe("music input", () => {
  it("accepts simple mode with a short prompt, and custom mode with style, title, lyrics", () => {
    const simple = { customMode: false, instrumental: false, model: "V5", prompt: "a happy song" };

    expect(validateTaskInput("music", simple)).toMatchObject(simple);
    expect(validateTaskInput("music", custom)).toMatchObject(custom);
  });

  it("limits simple mode's prompt to 500 characters", () => {
    const error = problem(() =>
      validateTaskInput("music", {
        customMode: false,
        instrumental: true,
        model: "V5",
        prompt: "a".repeat(501),
      }),
    );

    expect(error.code).toBe("bad_input");
    expect(error.message).toBe("Prompt is 501 characters; simple mode allows at most 500");
  });

  it("requires style and title in custom mode, and the lyrics unless instrumental", () => {
    const error = problem(() =>
      validateTaskInput("music", { customMode: true, instrumental: false, model: "V4" }),
    );

    expect(error.message).toContain("Style is required in custom mode");
    expect(error.message).toContain("Title is required in custom mode");
    expect(error.message).toContain("Prompt is required in custom mode unless instrumental");
    expect(error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ["style"] })]),
    );
    expect(() =>
      validateTaskInput("music", {
        customMode: true,
        instrumental: true,
        model: "V4",
        style: "x",
        title: "y",
      }),
    ).not.toThrow();
  });

  it.each([
    ["V4", "prompt", 3001, "Prompt is 3001 characters; V4 allows at most 3000"],
    ["V4_5", "prompt", 5200, "Prompt is 5200 characters; V4_5 allows at most 5000"],
    ["V4", "style", 201, "Style is 201 characters; V4 allows at most 200"],
    ["V5", "style", 1001, "Style is 1001 characters; V5 allows at most 1000"],
    ["V4_5ALL", "title", 81, "Title is 81 characters; V4_5ALL allows at most 80"],
    ["V4_5PLUS", "title", 101, "Title is 101 characters; V4_5PLUS allows at most 100"],
  ])("on %s limits %s (%i characters)", (model, fieldName, length, message) => {
    const input = { ...custom, model, [fieldName]: "x".repeat(length) };
    expect(problem(() => validateTaskInput("music", input)).message).toBe(message);
  });

  it("accepts the limits themselves", () => {
    const input = {
      ...custom,
      model: "V4",
      prompt: "x".repeat(3000),
      style: "s".repeat(200),
      title: "t".repeat(80),
    };
    expect(() => validateTaskInput("music", input)).not.toThrow();
  });

  it("names an unknown model and an out-of-range weight", () => {
    expect(problem(() => validateTaskInput("music", { ...custom, model: "V9" })).message).toContain(
      "model must be one of",
    );
    expect(problem(() => validateTaskInput("music", { ...custom, audioWeight: 1.5 })).message).toBe(
      "audioWeight: must be between 0 and 1",
    );
  });

  it("says which required field is missing", () => {
    expect(
      problem(() => validateTaskInput("music", { model: "V5", prompt: "x" })).message,
    ).toContain("customMode: is required");
  });
});

describe("extend input", () => {
  const base = {
    defaultParamFlag: true,
    audioId: "a1",
    model: "V4_5",
    prompt: "p",
    style: "s",
    title: "t",
  };

  it("needs continueAt more than 0 and less than the source track", () => {
    expect(
      validateTaskInput("extend", { ...base, continueAt: 30, sourceDuration: 60 }),
    ).toMatchObject({ continueAt: 30 });
    expect(problem(() => validateTaskInput("extend", { ...base, continueAt: 0 })).message).toBe(
      "continueAt must be more than 0 seconds",
    );
    expect(
      problem(() => validateTaskInput("extend", { ...base, continueAt: 60, sourceDuration: 60 }))
        .message,
    ).toBe("continueAt is 60 s; the source track is 60 s long, so it must be less than that");
    expect(problem(() => validateTaskInput("extend", base)).message).toContain(
      "ContinueAt is required",
    );
  });

  it("needs the source track's model when it is known", () => {
    expect(() =>
      validateTaskInput("extend", { ...base, continueAt: 5, sourceModel: "V4_5" }),
    ).not.toThrow();
    expect(
      problem(() => validateTaskInput("extend", { ...base, continueAt: 5, sourceModel: "V5" }))
        .message,
    ).toBe("model is V4_5; an extension must use the source track's model, V5");
  });

  it("needs prompt, style and title with defaultParamFlag, and only audioId and model without", () => {
    const error = problem(() =>
      validateTaskInput("extend", {
        defaultParamFlag: true,
        audioId: "a1",
        model: "V5",
        continueAt: 5,
      }),
    );

    expect(error.message).toContain("Prompt is required when defaultParamFlag is true");
    expect(error.message).toContain("Style is required");
    expect(() =>
      validateTaskInput("extend", { defaultParamFlag: false, audioId: "a1", model: "V5" }),
    ).not.toThrow();
  });
});

describe("the other kinds", () => {
  it("upload-cover needs a URL to cover", () => {
    const simple = { customMode: false, instrumental: false, model: "V5", prompt: "jazz" };

    expect(() =>
      validateTaskInput("upload-cover", { ...simple, uploadUrl: "https://x.example/a.mp3" }),
    ).not.toThrow();
    expect(
      problem(() => validateTaskInput("upload-cover", { ...simple, uploadUrl: "nope" })).message,
    ).toContain("uploadUrl must be an http(s) URL");
  });

  it("lyrics allow at most 200 words", () => {
    expect(() => validateTaskInput("lyrics", { prompt: "word ".repeat(200) })).not.toThrow();
    expect(
      problem(() => validateTaskInput("lyrics", { prompt: "word ".repeat(201) })).message,
    ).toBe("Prompt is 201 words; lyrics allow at most 200");
  });

  it("vocal removal needs its source track and a type", () => {
    expect(
      validateTaskInput("vocal-removal", { taskId: "t", audioId: "a", type: "split_stem" }),
    ).toEqual({
      taskId: "t",
      audioId: "a",
      type: "split_stem",
    });
    expect(
      problem(() =>
        validateTaskInput("vocal-removal", { taskId: "t", audioId: "a", type: "karaoke" }),
      ).message,
    ).toBe('type: type must be "separate_vocal" or "split_stem"');
  });

  it("wav and mp4 need taskId and audioId; mp4's author and domain are 50 characters at most", () => {
    expect(problem(() => validateTaskInput("wav", { taskId: "t" })).message).toBe(
      "audioId: is required",
    );
    expect(
      problem(() => validateTaskInput("mp4", { taskId: "t", audioId: "a", author: "x".repeat(51) }))
        .message,
    ).toBe("author: author allows at most 50 characters");
    expect(() =>
      validateTaskInput("mp4", { taskId: "t", audioId: "a", domainName: "x".repeat(50) }),
    ).not.toThrow();
  });

  it("cover art needs the parent task id", () => {
    expect(validateTaskInput("cover-art", { taskId: "t" })).toEqual({ taskId: "t" });
    expect(problem(() => validateTaskInput("cover-art", {})).message).toBe("taskId: is required");
  });

  it("refuses input that is not an object", () => {
    expect(problem(() => validateTaskInput("wav", "hello")).code).toBe("bad_input");
  });
});
