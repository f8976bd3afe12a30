import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createAnyIntClient } from "@/lib/anyint/client";
import type { AnyIntClient, NormalizedUpdate } from "@/lib/anyint/types";
import type { TaskKind } from "@/lib/tasks/status";

import { removeDir, startTestSimulator } from "./helpers/simulator";
import { waitFor } from "./helpers/wait-for";

// The simulator's results are real files: playable WAV tracks, PNG covers, an MP4 video,
// served with the right Content-Type and with HTTP Range so players can seek.

type Simulator = Awaited<ReturnType<typeof startTestSimulator>>;
let simulator: Simulator;
let client: AnyIntClient;
let music: NormalizedUpdate;

async function finished(kind: TaskKind, input: unknown): Promise<NormalizedUpdate> {
  const { upstreamTaskId } = await client.create({
    kind,
    input,
    callBackUrl: "http://127.0.0.1:9/x",
  });
  return waitFor(async () => {
    const { update } = await client.query({ kind, upstreamTaskId });
    return update.status === "SUCCESS" && update;
  });
}

async function bytes(url: string | undefined, headers: Record<string, string> = {}) {
  const response = await fetch(url ?? "missing", { headers });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

beforeAll(async () => {
  simulator = await startTestSimulator();
  client = createAnyIntClient({ baseUrl: simulator.url, apiKey: "media", rateLimit: "1000/1s" });
  music = await finished("music", {
    customMode: false,
    instrumental: false,
    model: "V5",
    prompt: "media",
  });
});

afterAll(async () => {
  await simulator?.close();
  if (simulator) removeDir(simulator.dataDir);
});

async function expectRanges(url: string | undefined, contentType: string) {
  const full = await bytes(url);
  expect(full.response.status).toBe(200);
  expect(full.response.headers.get("content-type")).toBe(contentType);
  expect(full.response.headers.get("accept-ranges")).toBe("bytes");
  expect(Number(full.response.headers.get("content-length"))).toBe(full.body.length);

  const part = await bytes(url, { range: "bytes=100-199" });
  expect(part.response.status).toBe(206);
  expect(part.response.headers.get("content-range")).toBe(`bytes 100-199/${full.body.length}`);
  expect(part.body.equals(full.body.subarray(100, 200))).toBe(true);

  const tail = await bytes(url, { range: "bytes=-10" });
  expect(tail.response.status).toBe(206);
  expect(tail.body.equals(full.body.subarray(full.body.length - 10))).toBe(true);

  const beyond = await bytes(url, { range: `bytes=${full.body.length}-` });
  expect(beyond.response.status).toBe(416);
  expect(beyond.response.headers.get("content-range")).toBe(`bytes */${full.body.length}`);
  return full.body;
}

describe("a music task's files", () => {
  it("has two tracks whose audio is two different WAV files of the stated length", async () => {
    expect(music.results).toHaveLength(2);
    const [first, second] = await Promise.all(
      music.results.map((track) => expectRanges(track.files.audio, "audio/wav")),
    );

    for (const [index, body] of [first, second].entries()) {
      expect(body?.subarray(0, 4).toString("ascii")).toBe("RIFF");
      expect(body?.subarray(8, 12).toString("ascii")).toBe("WAVE");
      const seconds = (body?.readUInt32LE(40) ?? 0) / (body?.readUInt32LE(28) ?? 1);
      expect(seconds).toBeCloseTo(music.results[index]?.duration ?? 0, 1);
    }
    expect(first?.equals(second ?? Buffer.alloc(0))).toBe(false);
  });

  it("streams the same audio as a preview", async () => {
    const track = music.results[0];
    const stream = await bytes(track?.files.stream);
    const audio = await bytes(track?.files.audio);

    expect(stream.response.headers.get("content-type")).toBe("audio/wav");
    expect(stream.body.equals(audio.body)).toBe(true);
  });

  it("has a PNG cover per track", async () => {
    const body = await expectRanges(music.results[0]?.files.image, "image/png");

    expect(body.subarray(1, 4).toString("ascii")).toBe("PNG");
  });

  it("answers HEAD with the headers and no body, and 404 for files a task does not have", async () => {
    const head = await fetch(music.results[0]?.files.audio ?? "", { method: "HEAD" });
    const missing = await fetch(
      `${simulator.url}/_simulator/media/${music.upstreamTaskId}/video.mp4`,
    );

    expect(head.status).toBe(200);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(44);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    expect(missing.status).toBe(404);
  });
});

describe("derived tasks' files", () => {
  const source = () => ({
    taskId: music.upstreamTaskId ?? "",
    audioId: music.results[0]?.key ?? "",
  });

  it("mp4 serves a real MP4 video", async () => {
    const video = await finished("mp4", source());
    const body = await expectRanges(video.results[0]?.files.video, "video/mp4");

    expect(body.subarray(4, 8).toString("ascii")).toBe("ftyp");
  });

  it("wav serves a WAV file", async () => {
    const wav = await finished("wav", source());
    const body = await expectRanges(wav.results[0]?.files.audio, "audio/wav");

    expect(body.subarray(0, 4).toString("ascii")).toBe("RIFF");
  });

  it("split stems serve one distinct WAV per stem", async () => {
    const split = await finished("vocal-removal", { ...source(), type: "split_stem" });
    const files = await Promise.all(split.results.map((stem) => bytes(stem.files.audio)));

    expect(files).toHaveLength(14);
    expect(files.every((file) => file.response.headers.get("content-type") === "audio/wav")).toBe(
      true,
    );
    expect(new Set(files.map((file) => file.body.toString("base64"))).size).toBe(14);
  });

  it("cover art serves two different PNG images", async () => {
    const art = await finished("cover-art", { taskId: music.upstreamTaskId });
    const [first, second] = await Promise.all(
      art.results.map((image) => expectRanges(image.files.image, "image/png")),
    );

    expect(first?.equals(second ?? Buffer.alloc(0))).toBe(false);
  });
});
