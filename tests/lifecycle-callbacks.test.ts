import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client";
import { newCallbackToken } from "@/lib/tasks/callback-token";

import { testProvider } from "./helpers/databases";
import {
  callbackTokenOf,
  createTask,
  type Lifecycle,
  postCallback,
  receiptsOf,
  simulatorTask,
  song,
  startLifecycle,
  waitForTask,
} from "./helpers/lifecycle";
import { waitFor } from "./helpers/wait-for";

let life: Lifecycle;

beforeAll(async () => {
  life = await startLifecycle({ WEBHOOK_MAX_BYTES: "4096" });
});

afterAll(async () => {
  await life?.stop();
});

function track(id: string, final: boolean) {
  return {
    id,
    audio_url: final ? `https://cdn.example.test/${id}.mp3` : "",
    stream_audio_url: `https://cdn.example.test/stream/${id}.mp3`,
    image_url: `https://cdn.example.test/${id}.jpeg`,
    title: `Track ${id}`,
    tags: "pop",
    duration: final ? 91.2 : null,
  };
}

const first = (upstream: string) => ({
  callbackType: "first",
  task_id: upstream,
  data: [track("a", false)],
});
const complete = (upstream: string) => ({
  callbackType: "complete",
  task_id: upstream,
  data: [track("a", true), track("b", true)],
});

/** A task the simulator knows but calls back never, and the token of its callback URL. */
async function silentTask(marker = "[sim:drop-callbacks]") {
  const { task } = await createTask(life, "music", song(`quiet ${marker}`));
  const upstream = task.upstreamTaskId ?? "";
  return { task, upstream, token: await callbackTokenOf(life, upstream) };
}

async function settledReceipts(taskId: string, count: number) {
  return waitFor(
    async () => {
      const receipts = await receiptsOf(taskId);
      const settled = receipts.filter(
        (receipt) => !["PENDING", "APPLYING"].includes(receipt.outcome),
      );
      return settled.length >= count ? receipts : undefined;
    },
    { what: `${count} processed receipts` },
  );
}

describe(`callbacks on ${testProvider()}`, () => {
  it("applies the same callback five times once: five receipts, four duplicates", async () => {
    const { task, upstream, token } = await silentTask();

    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push((await postCallback(life, token, first(upstream))).status);

    expect(answers).toEqual([200, 200, 200, 200, 200]);
    const receipts = await settledReceipts(task.id, 5);
    expect(receipts.map((receipt) => receipt.outcome).sort()).toEqual([
      "APPLIED",
      "DUPLICATE",
      "DUPLICATE",
      "DUPLICATE",
      "DUPLICATE",
    ]);
    const current = await waitForTask(life, task.id, (t) => t.status === "FIRST_SUCCESS");
    expect(current.results.tracks).toHaveLength(1);
  });

  it("ends SUCCESS when complete comes before first, and first cannot move it back", async () => {
    const { task, upstream, token } = await silentTask();
    await waitFor(async () => (await simulatorTask(life, upstream))?.status === "SUCCESS", {
      timeout: 60_000,
      what: "the simulator to finish the task",
    });

    await postCallback(life, token, complete(upstream));
    await waitForTask(life, task.id, (t) => t.status === "SUCCESS");
    await postCallback(life, token, first(upstream));
    const receipts = await settledReceipts(task.id, 2);

    expect(receipts.map((receipt) => receipt.outcome)).toEqual(["APPLIED", "REGRESSION_IGNORED"]);
    const done = await waitForTask(life, task.id, (t) => t.status === "SUCCESS");
    expect(done.ready).toBe(true);
    expect(done.results.tracks).toHaveLength(2);
  });

  it("matches and applies a callback that arrives before the create call has returned", async () => {
    const db = await getDb();
    const { token, hash } = newCallbackToken();
    const task = await db.task.create({
      data: {
        kind: "music",
        input: song("in flight"),
        callbackTokenHash: hash,
        submittedAt: new Date(),
      },
    });

    const response = await postCallback(life, token, first("upstream-not-yet-known"));

    expect(response.status).toBe(200);
    const current = await waitForTask(life, task.id, (t) => t.status === "FIRST_SUCCESS");
    expect(current.upstreamTaskId).toBe("upstream-not-yet-known");
  });

  it("answers 401 to a wrong token and changes nothing", async () => {
    const { task } = await silentTask();
    const db = await getDb();
    const before = await db.callbackReceipt.count();

    const response = await postCallback(life, "not-a-real-token", first(task.upstreamTaskId ?? ""));

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthenticated" } });
    expect(await db.callbackReceipt.count()).toBe(before);
  });

  it("keeps a non-JSON body as a rejected receipt and answers 400", async () => {
    const { task, token } = await silentTask();

    const response = await postCallback(life, token, "{this is not json");

    expect(response.status).toBe(400);
    const [receipt] = await receiptsOf(task.id);
    expect(receipt?.outcome).toBe("REJECTED");
    expect(receipt?.rawBody).toBe("{this is not json");
  });

  it("answers 413 to a body over the limit and keeps it as rejected", async () => {
    const { task, upstream, token } = await silentTask();

    const response = await postCallback(life, token, {
      ...first(upstream),
      padding: "x".repeat(10_000),
    });

    expect(response.status).toBe(413);
    const [receipt] = await receiptsOf(task.id);
    expect(receipt?.outcome).toBe("REJECTED");
    expect(receipt?.outcomeDetail).toMatch(/4096/);
  });

  it("keeps and flags a body for another task id without applying it", async () => {
    const { task, token } = await silentTask();

    const response = await postCallback(life, token, first("somebody-elses-task"));

    expect(response.status).toBe(200);
    const [receipt] = await settledReceipts(task.id, 1);
    expect(receipt?.outcome).toBe("TASK_ID_MISMATCH");
    const db = await getDb();
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("PENDING");
  });

  it("does not let an unforged SUCCESS through when the provider's query says otherwise", async () => {
    const { task, upstream, token } = await silentTask("[sim:drop-callbacks] [sim:stall]");

    const response = await postCallback(life, token, complete(upstream));

    expect(response.status).toBe(200);
    const [receipt] = await settledReceipts(task.id, 1);
    expect(receipt?.outcome).toBe("UNCONFIRMED");
    const db = await getDb();
    const current = await db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(current.status).not.toBe("SUCCESS");
    expect(await db.pollAttempt.count({ where: { taskId: task.id, trigger: "verify" } })).toBe(1);
  });
});
