import { afterEach, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client";

import { freePort } from "./helpers/app";
import { testProvider } from "./helpers/databases";
import {
  callbackTokenOf,
  createTask,
  type Lifecycle,
  type TaskJson,
  postCallback,
  receiptsOf,
  seedAdmin,
  song,
  startLifecycle,
} from "./helpers/lifecycle";
import { waitFor } from "./helpers/wait-for";

let life: Lifecycle | undefined;

afterEach(async () => {
  await life?.stop();
  life = undefined;
});

describe(`restarts on ${testProvider()}`, () => {
  it("applies, once, a receipt that was stored but not applied before a restart", async () => {
    const token = await seedAdmin();
    const port = String(await freePort());
    life = await startLifecycle({ WORKERS: "poller", SIMULATOR_PORT: port }, token);
    const { task } = await createTask(life, "music", song("interrupted [sim:drop-callbacks]"));
    const callbackToken = await callbackTokenOf(life, task.upstreamTaskId ?? "");
    const body = { callbackType: "first", task_id: task.upstreamTaskId, data: [] };

    expect((await postCallback(life, callbackToken ?? "", body)).status).toBe(200);
    expect((await receiptsOf(task.id)).map((receipt) => receipt.outcome)).toEqual(["PENDING"]);
    await life.stop();

    // Receipts only: a poll of the finished task would move it past what the receipt said.
    life = await startLifecycle({ WORKERS: "receipts", SIMULATOR_PORT: port }, token);
    const db = await getDb();
    await waitFor(async () => (await receiptsOf(task.id))[0]?.outcome === "APPLIED", {
      what: "the receipt applied",
    });

    expect(await db.callbackReceipt.count({ where: { taskId: task.id } })).toBe(1);
    const after = await db.task.findUniqueOrThrow({ where: { id: task.id } });
    expect(after.status).toBe("FIRST_SUCCESS");
    expect(after.textAt).toBeNull();
  });

  it("polls every open task when it starts again", async () => {
    const token = await seedAdmin();
    const port = String(await freePort());
    life = await startLifecycle({ SIMULATOR_PORT: port, SIMULATOR_SPEED: "1" }, token);
    const tasks: TaskJson[] = [];
    for (let i = 0; i < 3; i++)
      tasks.push((await createTask(life, "music", song(`open ${i} [sim:drop-callbacks]`))).task);
    await life.stop();
    const db = await getDb();
    const restartedAt = new Date();

    life = await startLifecycle({ SIMULATOR_PORT: port, SIMULATOR_SPEED: "1" }, token);

    const ids = tasks.map((task) => task.id);
    await waitFor(
      async () => {
        const polled = await db.pollAttempt.groupBy({
          by: ["taskId"],
          where: { taskId: { in: ids }, startedAt: { gte: restartedAt } },
        });
        return polled.length === ids.length;
      },
      { what: "a poll of each open task" },
    );
    await waitFor(
      async () =>
        (await db.task.count({ where: { id: { in: ids }, pollCount: { gte: 1 } } })) === 3,
      {
        what: "each task's poll count to go up",
      },
    );
  });

  it("resolves tasks a crash left SUBMITTING instead of leaving them hanging", async () => {
    const db = await getDb();
    const long = new Date(Date.now() - 10 * 60_000);
    const lost = await db.task.create({
      data: {
        kind: "music",
        input: song("lost"),
        callbackTokenHash: "lost-hash",
        submittedAt: long,
      },
    });
    const reached = await db.task.create({
      data: {
        kind: "music",
        input: song("reached"),
        callbackTokenHash: "reached-hash",
        submittedAt: long,
        upstreamTaskId: "known-upstream",
      },
    });
    const fresh = await db.task.create({
      data: {
        kind: "music",
        input: song("in flight"),
        callbackTokenHash: "fresh-hash",
        submittedAt: new Date(),
      },
    });

    life = await startLifecycle();

    await waitFor(
      async () =>
        (await db.task.findUniqueOrThrow({ where: { id: lost.id } })).status ===
        "CREATE_TASK_FAILED",
      { what: "the lost submission to be failed" },
    );
    const failed = await db.task.findUniqueOrThrow({ where: { id: lost.id } });
    expect(failed.errorCode).toBe("interrupted");
    expect(failed.errorMessage).toMatch(/retry/i);
    expect((await db.task.findUniqueOrThrow({ where: { id: reached.id } })).status).not.toBe(
      "SUBMITTING",
    );
    expect((await db.task.findUniqueOrThrow({ where: { id: fresh.id } })).status).toBe(
      "SUBMITTING",
    );
  });
});
