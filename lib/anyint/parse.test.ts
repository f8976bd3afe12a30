import { describe, expect, it } from "vitest";

import { parseCallback, parseQueryAnswer } from "./parse";
import type { NormalizedUpdate } from "./types";

// One fixture per payload shape in ANYINT.md. Where the provider writes the same thing two
// ways (bare or enveloped, snake_case or camelCase), both are parsed and must agree.

const TASK = "5c79aa11be8e";
const cdn = (file: string) => `https://cdn.example.com/${file}`;

function withoutRaw(update: NormalizedUpdate) {
  return { ...update, results: update.results.map(({ raw: _raw, ...rest }) => rest) };
}

const snakeTrack = {
  id: "e2318cad",
  audio_url: cdn("track1.mp3"),
  stream_audio_url: cdn("stream/track1.mp3"),
  image_url: cdn("cover1.jpeg"),
  title: "Summer Breeze",
  tags: "pop, R&B",
  duration: 91.2,
};
const camelTrack = {
  id: "e2318cad",
  audioUrl: cdn("track1.mp3"),
  streamAudioUrl: cdn("stream/track1.mp3"),
  imageUrl: cdn("cover1.jpeg"),
  title: "Summer Breeze",
  tags: "pop, R&B",
  duration: 91.2,
};
const expectedTrack = {
  type: "track",
  key: "e2318cad",
  position: 0,
  title: "Summer Breeze",
  tags: "pop, R&B",
  duration: 91.2,
  files: { audio: cdn("track1.mp3"), stream: cdn("stream/track1.mp3"), image: cdn("cover1.jpeg") },
};

describe("music callbacks", () => {
  const bare = { callbackType: "complete", task_id: TASK, data: [snakeTrack] };

  it("reads AnyInt's documented bare example", () => {
    const update = parseCallback("music", bare);

    expect(withoutRaw(update)).toEqual({
      upstreamTaskId: TASK,
      status: "SUCCESS",
      callbackType: "complete",
      results: [expectedTrack],
      error: undefined,
    });
    expect(update.results[0]?.raw).toEqual(snakeTrack);
  });

  it("reads the same callback enveloped, and camelCase, to the same form", () => {
    const enveloped = { code: 200, msg: "All generated successfully.", data: bare };
    const camel = { callbackType: "complete", taskId: TASK, data: [camelTrack] };

    expect(withoutRaw(parseCallback("music", enveloped))).toEqual(
      withoutRaw(parseCallback("music", bare)),
    );
    expect(withoutRaw(parseCallback("music", camel))).toEqual(
      withoutRaw(parseCallback("music", bare)),
    );
  });

  it("keeps sunoapi.org's extra track fields: source URLs, prompt, model name", () => {
    const track = {
      ...snakeTrack,
      source_audio_url: cdn("src1.mp3"),
      source_stream_audio_url: cdn("src-stream1.mp3"),
      source_image_url: cdn("src1.jpeg"),
      prompt: "[Verse] sunshine",
      model_name: "chirp-v4-5",
      createTime: "2025-01-01 12:00:00",
    };
    const body = {
      code: 200,
      msg: "ok",
      data: { callbackType: "complete", task_id: TASK, data: [track] },
    };

    const [result] = parseCallback("music", body).results;

    expect(result).toMatchObject({ prompt: "[Verse] sunshine", modelName: "chirp-v4-5" });
    expect(result?.files).toEqual({
      ...expectedTrack.files,
      source_audio: cdn("src1.mp3"),
      source_stream: cdn("src-stream1.mp3"),
      source_image: cdn("src1.jpeg"),
    });
  });

  it.each([
    ["text", "TEXT_SUCCESS"],
    ["first", "FIRST_SUCCESS"],
    ["complete", "SUCCESS"],
  ])("maps callbackType %s to %s", (callbackType, status) => {
    expect(parseCallback("music", { callbackType, task_id: TASK, data: [] }).status).toBe(status);
  });

  it("accepts data empty or null on the text phase", () => {
    const empty = parseCallback("music", { callbackType: "text", task_id: TASK, data: [] });
    const missing = parseCallback("music", {
      code: 200,
      msg: "Text generated",
      data: { callbackType: "text", task_id: TASK, data: null },
    });

    expect(empty).toEqual({
      upstreamTaskId: TASK,
      status: "TEXT_SUCCESS",
      results: [],
      callbackType: "text",
      error: undefined,
    });
    expect(missing).toEqual(empty);
  });

  it("reads an enveloped failure with data: null as the family's failure word", () => {
    const update = parseCallback("music", { code: 501, msg: "Generation failed", data: null });

    expect(update).toMatchObject({
      status: "GENERATE_AUDIO_FAILED",
      error: { code: "501", message: "Generation failed" },
      results: [],
    });
    expect(update.upstreamTaskId).toBeUndefined();
  });

  it("reads a bare error phase, and a sensitive-word one as SENSITIVE_WORD_ERROR", () => {
    const failed = parseCallback("extend", {
      callbackType: "error",
      task_id: TASK,
      data: null,
      code: 531,
      msg: "Generation failed, credits refunded",
    });
    const sensitive = parseCallback("music", {
      code: 400,
      msg: "Your prompt contains sensitive words",
      data: null,
    });

    expect(failed).toMatchObject({
      upstreamTaskId: TASK,
      status: "GENERATE_AUDIO_FAILED",
      callbackType: "error",
    });
    expect(failed.error).toEqual({ code: "531", message: "Generation failed, credits refunded" });
    expect(sensitive.status).toBe("SENSITIVE_WORD_ERROR");
  });
});

describe("music query answers", () => {
  const data = {
    taskId: TASK,
    parentMusicId: "",
    param: '{"prompt":"sunshine"}',
    status: "SUCCESS",
    type: "chirp-v4",
    errorCode: null,
    errorMessage: null,
    response: { taskId: TASK, sunoData: [camelTrack] },
  };

  it("reads the enveloped camelCase answer", () => {
    const { providerCode, update } = parseQueryAnswer("music", { code: 200, msg: "success", data });

    expect(providerCode).toBe(200);
    expect(withoutRaw(update)).toEqual({
      upstreamTaskId: TASK,
      status: "SUCCESS",
      results: [expectedTrack],
      error: undefined,
    });
  });

  it("reads it bare, and in snake_case, to the same form", () => {
    const snake = {
      task_id: TASK,
      status: "SUCCESS",
      error_code: null,
      response: { task_id: TASK, suno_data: [snakeTrack] },
    };
    const enveloped = withoutRaw(parseQueryAnswer("music", { code: 200, msg: "ok", data }).update);

    expect(withoutRaw(parseQueryAnswer("music", data).update)).toEqual(enveloped);
    expect(withoutRaw(parseQueryAnswer("music", snake).update)).toEqual(enveloped);
  });

  it.each([
    "PENDING",
    "TEXT_SUCCESS",
    "FIRST_SUCCESS",
    "CALLBACK_EXCEPTION",
    "SENSITIVE_WORD_ERROR",
  ])("keeps the status word %s", (status) => {
    const answer = { code: 200, data: { taskId: TASK, status, response: { sunoData: [] } } };
    expect(parseQueryAnswer("upload-cover", answer).update.status).toBe(status);
  });

  it("carries the error code and message of a failed task", () => {
    const failed = {
      code: 200,
      data: {
        taskId: TASK,
        status: "GENERATE_AUDIO_FAILED",
        errorCode: 501,
        errorMessage: "boom",
        response: null,
      },
    };

    const { update } = parseQueryAnswer("music", failed);

    expect(update).toMatchObject({ status: "GENERATE_AUDIO_FAILED", results: [] });
    expect(update.error).toEqual({ code: "501", message: "boom" });
  });
});

describe("lyrics", () => {
  const item = { text: "[Verse] la la", title: "Song", status: "complete", errorMessage: "" };
  const expected = {
    type: "lyrics",
    key: "0",
    position: 0,
    title: "Song",
    text: "[Verse] la la",
    files: {},
  };

  it("reads the enveloped callback (taskId camelCase) and the bare one alike", () => {
    const inner = { callbackType: "complete", taskId: TASK, data: [item] };
    const enveloped = parseCallback("lyrics", { code: 200, msg: "ok", data: inner });

    expect(withoutRaw(enveloped)).toEqual({
      upstreamTaskId: TASK,
      status: "SUCCESS",
      callbackType: "complete",
      results: [expected],
      error: undefined,
    });
    expect(withoutRaw(parseCallback("lyrics", inner))).toEqual(withoutRaw(enveloped));
  });

  it("reads an error callback as GENERATE_LYRICS_FAILED", () => {
    const body = {
      code: 400,
      msg: "bad prompt",
      data: { callbackType: "error", taskId: TASK, data: null },
    };

    expect(parseCallback("lyrics", body)).toMatchObject({
      status: "GENERATE_LYRICS_FAILED",
      error: { code: "400", message: "bad prompt" },
    });
  });

  it("reads the query answer's successFlag and lyricsData", () => {
    const answer = {
      code: 200,
      data: {
        taskId: TASK,
        successFlag: "SUCCESS",
        response: { taskId: TASK, lyricsData: [item] },
      },
    };

    const { update } = parseQueryAnswer("lyrics", answer);

    expect(withoutRaw(update)).toEqual({
      upstreamTaskId: TASK,
      status: "SUCCESS",
      results: [expected],
      error: undefined,
    });
    expect(
      parseQueryAnswer("lyrics", {
        data: { taskId: TASK, successFlag: "GENERATE_LYRICS_FAILED" },
        code: 200,
      }).update.status,
    ).toBe("GENERATE_LYRICS_FAILED");
  });
});

describe("vocal removal", () => {
  const snakeInfo = {
    origin_url: cdn("origin.mp3"),
    vocal_url: cdn("vocal.mp3"),
    instrumental_url: cdn("inst.mp3"),
    drums_url: cdn("drums.mp3"),
    backing_vocals_url: cdn("backing.mp3"),
  };
  const stems = [
    ["origin", "origin.mp3"],
    ["vocal", "vocal.mp3"],
    ["instrumental", "inst.mp3"],
    ["backing_vocals", "backing.mp3"],
    ["drums", "drums.mp3"],
  ].map(([key, file], position) => ({
    type: "stem",
    key,
    position,
    files: { audio: cdn(file ?? "") },
  }));

  it("reads the callback's vocal_removal_info, bare and enveloped, to one stem per file", () => {
    const bare = { task_id: TASK, vocal_removal_info: snakeInfo };
    const enveloped = { code: 200, msg: "success", data: bare };

    expect(withoutRaw(parseCallback("vocal-removal", bare))).toEqual({
      upstreamTaskId: TASK,
      status: "SUCCESS",
      results: stems,
      error: undefined,
    });
    expect(parseCallback("vocal-removal", enveloped)).toEqual(parseCallback("vocal-removal", bare));
  });

  it("reads vocal_removal_info: null as a failure", () => {
    const body = {
      code: 501,
      msg: "separation failed",
      data: { task_id: TASK, vocal_removal_info: null },
    };

    expect(parseCallback("vocal-removal", body)).toMatchObject({
      status: "GENERATE_AUDIO_FAILED",
      upstreamTaskId: TASK,
    });
    expect(parseCallback("vocal-removal", { task_id: TASK, vocal_removal_info: null }).status).toBe(
      "GENERATE_AUDIO_FAILED",
    );
  });

  it("reads the query answer's camelCase response to the same stems", () => {
    const response = {
      originUrl: cdn("origin.mp3"),
      vocalUrl: cdn("vocal.mp3"),
      instrumentalUrl: cdn("inst.mp3"),
      drumsUrl: cdn("drums.mp3"),
      backingVocalsUrl: cdn("backing.mp3"),
    };
    const answer = { code: 200, data: { taskId: TASK, successFlag: "SUCCESS", response } };

    expect(withoutRaw(parseQueryAnswer("vocal-removal", answer).update).results).toEqual(stems);
  });
});

describe("wav", () => {
  const expected = [{ type: "wav", key: "wav", position: 0, files: { audio: cdn("a.wav") } }];

  it.each([
    ["audioWavUrl", { task_id: TASK, audioWavUrl: cdn("a.wav") }],
    ["audio_wav_url (a mirror's spelling)", { task_id: TASK, audio_wav_url: cdn("a.wav") }],
    ["enveloped", { code: 200, msg: "ok", data: { task_id: TASK, audioWavUrl: cdn("a.wav") } }],
  ])("reads the callback with %s", (_name, body) => {
    expect(withoutRaw(parseCallback("wav", body))).toEqual({
      upstreamTaskId: TASK,
      status: "SUCCESS",
      results: expected,
      error: undefined,
    });
  });

  it("reads the query answer, and its failure word", () => {
    const done = {
      code: 200,
      data: { taskId: TASK, successFlag: "SUCCESS", response: { audioWavUrl: cdn("a.wav") } },
    };
    const failed = {
      code: 200,
      data: { taskId: TASK, successFlag: "GENERATE_WAV_FAILED", errorMessage: "no" },
    };

    expect(withoutRaw(parseQueryAnswer("wav", done).update).results).toEqual(expected);
    expect(parseQueryAnswer("wav", failed).update).toMatchObject({
      status: "GENERATE_WAV_FAILED",
      error: { code: "GENERATE_WAV_FAILED", message: "no" },
    });
    expect(
      parseCallback("wav", { code: 500, msg: "x", data: { task_id: TASK, audioWavUrl: null } })
        .status,
    ).toBe("GENERATE_WAV_FAILED");
  });
});

describe("mp4", () => {
  const expected = [{ type: "video", key: "video", position: 0, files: { video: cdn("v.mp4") } }];

  it("reads the callback's video_url, bare and enveloped, and the query's videoUrl", () => {
    const bare = { task_id: TASK, video_url: cdn("v.mp4") };
    const answer = {
      code: 200,
      data: { taskId: TASK, successFlag: "SUCCESS", response: { videoUrl: cdn("v.mp4") } },
    };

    expect(withoutRaw(parseCallback("mp4", bare)).results).toEqual(expected);
    expect(parseCallback("mp4", { code: 200, msg: "ok", data: bare })).toEqual(
      parseCallback("mp4", bare),
    );
    expect(withoutRaw(parseQueryAnswer("mp4", answer).update)).toEqual(
      withoutRaw(parseCallback("mp4", bare)),
    );
  });

  it("reads a failure as GENERATE_MP4_FAILED", () => {
    const body = { code: 501, msg: "render failed", data: { task_id: TASK, video_url: null } };
    expect(parseCallback("mp4", body).status).toBe("GENERATE_MP4_FAILED");
  });
});

describe("cover art", () => {
  const images = [cdn("c1.png"), cdn("c2.png")];
  const expected = images.map((url, position) => ({
    type: "image",
    key: String(position),
    position,
    files: { image: url },
  }));

  it("reads the callback's images, bare and enveloped", () => {
    const bare = { taskId: TASK, images };

    expect(withoutRaw(parseCallback("cover-art", bare))).toEqual({
      upstreamTaskId: TASK,
      status: "SUCCESS",
      results: expected,
      error: undefined,
    });
    expect(parseCallback("cover-art", { code: 200, msg: "ok", data: bare })).toEqual(
      parseCallback("cover-art", bare),
    );
  });

  it.each([
    [0, "PENDING"],
    [1, "SUCCESS"],
    [2, "PENDING"],
    [3, "GENERATE_AUDIO_FAILED"],
    ["1", "SUCCESS"],
  ])("reads the numeric successFlag %s as %s", (successFlag, status) => {
    const answer = {
      code: 200,
      data: { taskId: TASK, successFlag, response: { images: successFlag === 1 ? images : null } },
    };
    expect(parseQueryAnswer("cover-art", answer).update.status).toBe(status);
  });
});

describe("payloads that are not recognisable", () => {
  it.each([
    ["a string", "hello"],
    ["an array", [1, 2]],
    ["an empty object", {}],
    ["an object of nothing known", { foo: 1 }],
    ["an envelope with code 200 and no data", { code: 200, msg: "ok", data: null }],
  ])("refuses %s as a callback", (_name, body) => {
    expect(() => parseCallback("wav", body)).toThrow(/Unrecognised/);
  });

  it("refuses an unknown status word and an unknown callbackType by name", () => {
    expect(() =>
      parseQueryAnswer("music", { code: 200, data: { taskId: TASK, status: "DANCING" } }),
    ).toThrow(/Unknown status "DANCING"/);
    expect(() => parseCallback("music", { callbackType: "halfway", task_id: TASK })).toThrow(
      /Unknown callbackType "halfway"/,
    );
  });

  it("refuses a query answer with a failure code and no data", () => {
    expect(() => parseQueryAnswer("music", { code: 455, msg: "maintenance", data: null })).toThrow(
      /455/,
    );
  });
});
