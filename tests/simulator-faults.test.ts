import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createAnyIntClient } from "@/lib/anyint/client";
import { ProviderError } from "@/lib/anyint/errors";
import { parseCallback } from "@/lib/anyint/parse";
import type { AnyIntClient } from "@/lib/anyint/types";
import type { TaskKind } from "@/lib/tasks/status";

import {
  type Receiver,
  removeDir,
  simulatedTask,
  startReceiver,
  startTestSimulator,
} from "./helpers/simulator";
import { waitFor } from "./helpers/wait-for";

// Every fault marker, reproduced through the real client against the simulator.

type Simulator = Awaited<ReturnType<typeof startTestSimulator>>;
let simulator: Simulator;
let receiver: Receiver;
let client: AnyIntClient;

beforeAll(async () => {
  simulator = await startTestSimulator();
  receiver = await startReceiver();
  client = createAnyIntClient({
    baseUrl: simulator.url,
    apiKey: "faults",
    rateLimit: "1000/1s",
    retries: 0,
  });
});

afterAll(async () => {
  await simulator?.close();
  await receiver?.close();
  if (simulator) removeDir(simulator.dataDir);
});

const song = (prompt: string) => ({
  customMode: false,
  instrumental: false,
  model: "V4_5",
  prompt,
});

async function create(label: string, input: unknown, kind: TaskKind = "music") {
  const { upstreamTaskId } = await client.create({ kind, input, callBackUrl: receiver.url(label) });
  return upstreamTaskId;
}

async function reaches(upstreamTaskId: string, status: string, kind: TaskKind = "music") {
  return waitFor(
    async () => {
      const { update } = await client.query({ kind, upstreamTaskId });
      return update.status === status && update;
    },
    { what: `${kind} ${upstreamTaskId} to reach ${status}` },
  );
}

async function callbackStatuses(label: string, count: number, kind: TaskKind = "music") {
  const received = await waitFor(() => receiver.for(label).length >= count && receiver.for(label), {
    what: `${count} callbacks for ${label}`,
  });
  return received.map((entry) => parseCallback(kind, entry.body).status);
}

describe("refusals at create", () => {
  it.each([400, 413, 429, 430, 455])("[sim:refuse=%i] refuses with that code", async (code) => {
    const error = await create(`refuse-${code}`, song(`x [sim:refuse=${code}]`)).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).providerCode).toBe(code);
  });
});

describe("generation faults", () => {
  it("[sim:fail] fails after the text stage, in the query and in an error callback", async () => {
    const id = await create("fail", song("doomed [sim:fail]"));

    const update = await reaches(id, "GENERATE_AUDIO_FAILED");

    expect(update.error).toEqual({ code: "501", message: "Generation failed (simulated)" });
    expect(await callbackStatuses("fail", 2)).toEqual(["TEXT_SUCCESS", "GENERATE_AUDIO_FAILED"]);
  });

  it("[sim:fail] on lyrics fails with the lyrics family's word", async () => {
    const id = await create("fail-lyrics", { prompt: "words [sim:fail]" }, "lyrics");

    await reaches(id, "GENERATE_LYRICS_FAILED", "lyrics");
    expect(await callbackStatuses("fail-lyrics", 1, "lyrics")).toEqual(["GENERATE_LYRICS_FAILED"]);
  });

  it("[sim:sensitive] ends in SENSITIVE_WORD_ERROR", async () => {
    const id = await create("sensitive", song("rude [sim:sensitive]"));

    const update = await reaches(id, "SENSITIVE_WORD_ERROR");

    expect(update.error?.code).toBe("400");
    expect(await callbackStatuses("sensitive", 1)).toEqual(["SENSITIVE_WORD_ERROR"]);
  });

  it("[sim:stall] stays PENDING with nothing planned", async () => {
    const id = await create("stall", song("stuck [sim:stall]"));

    const { update } = await client.query({ kind: "music", upstreamTaskId: id });
    const seen = await simulatedTask(simulator.url, id);

    expect(update.status).toBe("PENDING");
    expect(seen).toMatchObject({ status: "PENDING", task: { events: [], deliveries: [] } });
  });
});

describe("callback faults", () => {
  it("[sim:drop-callbacks] sends none, and only polling finds the result", async () => {
    const id = await create("drop", song("quiet [sim:drop-callbacks]"));

    const update = await reaches(id, "SUCCESS");

    expect(update.results).toHaveLength(2);
    expect((await simulatedTask(simulator.url, id)).task.deliveries).toEqual([]);
    expect(receiver.for("drop")).toEqual([]);
  });

  it("[sim:duplicate-callbacks] sends each phase twice", async () => {
    await create("duplicate", song("echo [sim:duplicate-callbacks]"));

    expect(await callbackStatuses("duplicate", 6)).toEqual([
      "TEXT_SUCCESS",
      "TEXT_SUCCESS",
      "FIRST_SUCCESS",
      "FIRST_SUCCESS",
      "SUCCESS",
      "SUCCESS",
    ]);
  });

  it("[sim:reorder-callbacks] sends the phases newest first", async () => {
    await create("reorder", song("backwards [sim:reorder-callbacks]"));

    expect(await callbackStatuses("reorder", 3)).toEqual([
      "SUCCESS",
      "FIRST_SUCCESS",
      "TEXT_SUCCESS",
    ]);
  });

  it("[sim:delay-callbacks=1] sends each callback a second after its stage", async () => {
    const id = await create("delay", song("late [sim:delay-callbacks=1]"));

    await callbackStatuses("delay", 3);
    const { task } = await simulatedTask(simulator.url, id);

    receiver.for("delay").forEach((entry, index) => {
      expect(entry.at - (task.events[index]?.at ?? Infinity)).toBeGreaterThanOrEqual(1000);
    });
  });

  it("a derived task without a prompt inherits its parent's markers", async () => {
    const parentId = await create("quiet-parent", song("parent [sim:drop-callbacks]"));
    const parent = await reaches(parentId, "SUCCESS");
    const input = { taskId: parentId, audioId: parent.results[0]?.key };

    const wavId = await create("quiet-wav", input, "wav");
    await reaches(wavId, "SUCCESS", "wav");

    expect((await simulatedTask(simulator.url, wavId)).task.deliveries).toEqual([]);
    expect(receiver.for("quiet-wav")).toEqual([]);
  });
});

describe("faults by setting", () => {
  it("SIMULATOR_FAULTS-style settings apply to every task", async () => {
    const failing = await startTestSimulator({ faults: "fail,duplicate-callbacks" });
    try {
      const other = createAnyIntClient({
        baseUrl: failing.url,
        apiKey: "setting",
        rateLimit: "1000/1s",
      });
      const { upstreamTaskId } = await other.create({
        kind: "lyrics",
        input: { prompt: "no markers here" },
        callBackUrl: receiver.url("setting"),
      });

      expect(await callbackStatuses("setting", 2, "lyrics")).toEqual([
        "GENERATE_LYRICS_FAILED",
        "GENERATE_LYRICS_FAILED",
      ]);
      const { update } = await other.query({ kind: "lyrics", upstreamTaskId });
      expect(update.status).toBe("GENERATE_LYRICS_FAILED");
    } finally {
      await failing.close();
      removeDir(failing.dataDir);
    }
  });

  it("refuses an unknown fault name in the setting", async () => {
    await expect(startTestSimulator({ faults: "explode" })).rejects.toThrow(
      /Unknown simulator fault "explode"/,
    );
  });
});
