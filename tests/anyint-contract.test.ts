import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createAnyIntClient } from "@/lib/anyint/client";
import { validateTaskInput } from "@/lib/anyint/inputs";
import { parseCallback } from "@/lib/anyint/parse";
import type { RouteSetName } from "@/lib/anyint/routes";
import type { AnyIntClient, NormalizedResult, NormalizedUpdate } from "@/lib/anyint/types";
import type { TaskKind } from "@/lib/tasks/status";

import {
  type Receiver,
  removeDir,
  simulatedTask,
  startReceiver,
  startTestSimulator,
} from "./helpers/simulator";
import { waitFor } from "./helpers/wait-for";

// Create and query every kind through the real client against the simulator, on both route
// tables, and check each reaches SUCCESS with the results its kind should have, the same in
// its final callback as in the query answer.

type Simulator = Awaited<ReturnType<typeof startTestSimulator>>;

function essentials(results: NormalizedResult[]) {
  return results.map((result) => ({
    type: result.type,
    key: result.key,
    audio: result.files.audio,
    video: result.files.video,
    image: result.files.image,
    text: result.text,
  }));
}

describe.each([
  ["anyint", false],
  ["sunoapi", true],
] as [RouteSetName, boolean][])(
  "contract on the %s routes (callbacks enveloped: %s)",
  (routes, envelope) => {
    let simulator: Simulator;
    let receiver: Receiver;
    let client: AnyIntClient;
    let parent: { taskId: string; audioId: string; url: string };

    async function run(kind: TaskKind, input: unknown, label: string): Promise<NormalizedUpdate> {
      const valid = validateTaskInput(kind, input);
      const created = await client.create({ kind, input: valid, callBackUrl: receiver.url(label) });
      expect(created).toMatchObject({ httpStatus: 200, providerCode: 200 });

      const done = await waitFor(
        async () => {
          const outcome = await client.query({ kind, upstreamTaskId: created.upstreamTaskId });
          return outcome.update.status === "SUCCESS" && outcome;
        },
        { what: `${kind} to reach SUCCESS` },
      );
      expect(done.update.upstreamTaskId).toBe(created.upstreamTaskId);

      const final = await waitFor(
        () =>
          receiver
            .for(label)
            .map((entry) => parseCallback(kind, entry.body))
            .find((u) => u.status === "SUCCESS"),
        { what: `the final ${kind} callback` },
      );
      expect(essentials(final.results)).toEqual(essentials(done.update.results));
      return done.update;
    }

    beforeAll(async () => {
      simulator = await startTestSimulator({ envelope });
      receiver = await startReceiver();
      client = createAnyIntClient({
        baseUrl: simulator.url,
        apiKey: `contract-${routes}`,
        routes,
        rateLimit: "1000/1s",
      });
      const music = await run(
        "music",
        { customMode: false, instrumental: false, model: "V4_5", prompt: "a parent" },
        "parent",
      );
      const track = music.results[0];
      parent = {
        taskId: music.upstreamTaskId ?? "",
        audioId: track?.key ?? "",
        url: track?.files.audio ?? "",
      };
    });

    afterAll(async () => {
      await simulator?.close();
      await receiver?.close();
      if (simulator) removeDir(simulator.dataDir);
    });

    function expectTwoTracks(update: NormalizedUpdate) {
      expect(update.results).toHaveLength(2);
      for (const track of update.results) {
        expect(track.type).toBe("track");
        expect(track.duration).toBeGreaterThan(0);
        expect(Object.keys(track.files)).toEqual(
          expect.arrayContaining(["audio", "stream", "image"]),
        );
      }
      expect(update.results[0]?.key).not.toBe(update.results[1]?.key);
    }

    it("music: custom mode gives two tracks with audio, stream and image", async () => {
      const input = {
        customMode: true,
        instrumental: false,
        model: "V5",
        style: "pop",
        title: "Contract",
        prompt: "la la",
      };
      const update = await run("music", input, "music");

      expectTwoTracks(update);
      expect(update.results[0]).toMatchObject({ title: "Contract", tags: "pop", modelName: "V5" });
    });

    it("extend: two new tracks", async () => {
      const input = {
        defaultParamFlag: true,
        ...parent,
        model: "V4_5",
        prompt: "more",
        style: "pop",
        title: "Longer",
        continueAt: 5,
        sourceDuration: 12,
        sourceModel: "V4_5",
      };
      const update = await run("extend", input, "extend");

      expectTwoTracks(update);
      // Our own checking fields stay here; the provider gets only its own.
      const seen = await simulatedTask(simulator.url, update.upstreamTaskId ?? "");
      expect(seen.task.body).toMatchObject({ continueAt: 5, audioId: parent.audioId });
      expect(seen.task.body).not.toHaveProperty("sourceDuration");
      expect(seen.task.body).not.toHaveProperty("sourceModel");
    });

    it("upload-cover: two tracks", async () => {
      const input = {
        customMode: false,
        instrumental: true,
        model: "V4_5",
        prompt: "covered",
        uploadUrl: parent.url,
      };
      expectTwoTracks(await run("upload-cover", input, "upload-cover"));
    });

    it("lyrics: two texts with titles", async () => {
      const update = await run("lyrics", { prompt: "a song about contracts" }, "lyrics");

      expect(update.results.map((result) => result.type)).toEqual(["lyrics", "lyrics"]);
      expect(update.results[0]?.text).toContain("contracts");
      expect(update.results[0]?.title).toBeTruthy();
    });

    it("vocal-removal, separate_vocal: origin, vocal and instrumental", async () => {
      const update = await run("vocal-removal", { ...parent, type: "separate_vocal" }, "separate");

      expect(update.results.map((result) => result.key)).toEqual([
        "origin",
        "vocal",
        "instrumental",
      ]);
    });

    it("vocal-removal, split_stem: one file per stem", async () => {
      const update = await run("vocal-removal", { ...parent, type: "split_stem" }, "split");
      const keys = update.results.map((result) => result.key);

      expect(keys).toHaveLength(14);
      expect(keys).toEqual(
        expect.arrayContaining(["drums", "bass", "backing_vocals", "woodwinds"]),
      );
      expect(new Set(update.results.map((result) => result.files.audio)).size).toBe(14);
    });

    it("wav: one WAV file", async () => {
      const update = await run("wav", { taskId: parent.taskId, audioId: parent.audioId }, "wav");

      expect(update.results).toEqual([
        expect.objectContaining({ type: "wav", files: { audio: expect.stringMatching(/\.wav$/) } }),
      ]);
    });

    it("mp4: one video", async () => {
      const update = await run(
        "mp4",
        { taskId: parent.taskId, audioId: parent.audioId, author: "Tests" },
        "mp4",
      );

      expect(update.results).toEqual([
        expect.objectContaining({
          type: "video",
          files: { video: expect.stringMatching(/\.mp4$/) },
        }),
      ]);
    });

    it("cover-art: two images", async () => {
      const update = await run("cover-art", { taskId: parent.taskId }, "cover-art");

      expect(update.results.map((result) => result.type)).toEqual(["image", "image"]);
      expect(update.results[0]?.files.image).not.toBe(update.results[1]?.files.image);
    });

    it("goes through the stages in order on the way to SUCCESS", async () => {
      const statuses = receiver
        .for("music")
        .map((entry) => parseCallback("music", entry.body).status);
      expect(statuses).toEqual(["TEXT_SUCCESS", "FIRST_SUCCESS", "SUCCESS"]);
    });

    it("was asked on this route table's paths", async () => {
      const paths = new Set((await simulator.requests()).map((request) => request.path));
      const prefix = routes === "anyint" ? "/suno/" : "/api/v1/";
      expect([...paths].every((path) => path.startsWith(prefix))).toBe(true);
    });
  },
);
