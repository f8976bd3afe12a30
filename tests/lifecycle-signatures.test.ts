import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client";
import { signBody } from "@/lib/webhooks/verify-signature";

import { testProvider } from "./helpers/databases";
import {
  callbackTokenOf,
  createTask,
  type Lifecycle,
  postCallback,
  receiptsOf,
  song,
  startLifecycle,
  waitForTask,
} from "./helpers/lifecycle";
import { waitFor } from "./helpers/wait-for";

const SECRET = "signing-secret-for-tests";
let life: Lifecycle;

beforeAll(async () => {
  life = await startLifecycle({
    WEBHOOK_SIGNING_SECRET: SECRET,
    WEBHOOK_SIGNATURE_HEADER: "X-Test-Signature",
  });
});

afterAll(async () => {
  await life?.stop();
});

async function quietTask() {
  const { task } = await createTask(life, "music", song("signed [sim:drop-callbacks] [sim:stall]"));
  const token = await callbackTokenOf(life, task.upstreamTaskId ?? "");
  return { task, token };
}

const complete = (upstream: string) =>
  JSON.stringify({
    callbackType: "complete",
    task_id: upstream,
    data: [
      { id: "s1", audio_url: "https://cdn.example.test/s1.mp3", title: "Signed", duration: 30 },
    ],
  });

describe(`signed callbacks on ${testProvider()}`, () => {
  it("rejects an unsigned or wrongly signed callback and changes nothing", async () => {
    const { task, token } = await quietTask();
    const body = complete(task.upstreamTaskId ?? "");

    await postCallback(life, token, body);
    await postCallback(life, token, body, {
      "x-test-signature": signBody("another-secret-entirely", body),
    });
    const receipts = await waitFor(async () => {
      const all = await receiptsOf(task.id);
      return all.length === 2 && all.every((receipt) => receipt.outcome === "REJECTED")
        ? all
        : undefined;
    });

    expect(receipts[0]?.outcomeDetail).toMatch(/signature/);
    const db = await getDb();
    expect((await db.task.findUniqueOrThrow({ where: { id: task.id } })).status).toBe("PENDING");
  });

  it("takes a signed SUCCESS without asking the provider to confirm it", async () => {
    const { task, token } = await quietTask();
    const body = complete(task.upstreamTaskId ?? "");

    const response = await postCallback(life, token, body, {
      "x-test-signature": signBody(SECRET, body),
    });

    expect(response.status).toBe(200);
    const done = await waitForTask(life, task.id, (t) => t.status === "SUCCESS");
    expect(done.results.tracks[0]?.title).toBe("Signed");
    const db = await getDb();
    expect(await db.pollAttempt.count({ where: { taskId: task.id, trigger: "verify" } })).toBe(0);
  });
});
