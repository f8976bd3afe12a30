import { afterEach, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client";

import { testProvider } from "./helpers/databases";
import {
  createTask,
  type Lifecycle,
  seedAdmin,
  type TaskJson,
  simulatorTask,
  song,
  startLifecycle,
  waitForTask,
} from "./helpers/lifecycle";
import { waitFor } from "./helpers/wait-for";

let life: Lifecycle | undefined;

afterEach(async () => {
  await life?.stop();
  life = undefined;
});

describe(`polling on ${testProvider()}`, () => {
  it("brings a task whose callbacks are all dropped to SUCCESS", async () => {
    life = await startLifecycle({ POLL_INTERVAL_SECONDS: "0.5" });

    const { task } = await createTask(life, "music", song("nobody calls [sim:drop-callbacks]"));
    const done = await waitForTask(life, task.id, (t) => t.status === "SUCCESS", {
      timeout: 60_000,
    });

    expect(done.ready).toBe(true);
    expect(done.results.tracks).toHaveLength(2);
    expect(done.receipts).toHaveLength(0);
    expect(done.polls?.some((poll) => poll.trigger === "poller")).toBe(true);
  });

  it("times out a stalled task, and a later verified SUCCESS still wins", async () => {
    life = await startLifecycle({
      POLL_INTERVAL_SECONDS: "0.3",
      STALL_TIMEOUT_SECONDS: "1",
      SIMULATOR_SPEED: "30",
    });

    const { task } = await createTask(life, "music", song("slow [sim:drop-callbacks]"));
    const timedOut = await waitForTask(life, task.id, (t) => t.status === "TIMED_OUT");
    expect(timedOut.error?.code).toBe("stalled");
    const running = life;
    await waitFor(
      async () => (await simulatorTask(running, task.upstreamTaskId ?? ""))?.status === "SUCCESS",
      {
        timeout: 60_000,
        what: "the simulator to finish",
      },
    );

    const refreshed = await life.api("POST", `/api/tasks/${task.id}/refresh`);

    expect(refreshed.status).toBe(200);
    const { task: after } = (await refreshed.json()) as {
      task: { status: string; ready: boolean };
    };
    expect(after).toMatchObject({ status: "SUCCESS", ready: true });
  });

  it("backs off when the provider answers polls with 430, and keeps to the rate limit", async () => {
    life = await startLifecycle({
      POLL_INTERVAL_SECONDS: "0.2",
      UPSTREAM_RATE_LIMIT: "6/2s",
      SIMULATOR_RATE_LIMIT: "3/2s",
      SIMULATOR_SPEED: "1",
    });
    const tasks: TaskJson[] = [];
    for (let i = 0; i < 3; i++)
      tasks.push((await createTask(life, "music", song(`busy ${i} [sim:drop-callbacks]`))).task);
    const db = await getDb();

    await waitFor(async () => (await db.pollAttempt.count({ where: { providerCode: 430 } })) >= 3, {
      timeout: 30_000,
      what: "polls answered 430",
    });

    const requests = (await (await fetch(`${life.simulatorUrl}/_simulator/requests`)).json()) as {
      requests: { at: number }[];
    };
    const times = requests.requests.map((request) => request.at).sort((a, b) => a - b);
    const busiest = Math.max(
      ...times.map((at) => times.filter((t) => t >= at && t < at + 2000).length),
    );
    expect(busiest).toBeLessThanOrEqual(6);

    for (const task of tasks) {
      const polls = await db.pollAttempt.findMany({
        where: { taskId: task.id },
        orderBy: { startedAt: "asc" },
      });
      polls.forEach((poll, i) => {
        const next = polls[i + 1];
        if (poll.providerCode === 430 && next) {
          expect(next.startedAt.getTime() - poll.startedAt.getTime()).toBeGreaterThanOrEqual(900);
        }
      });
    }
  });
});

describe.runIf(testProvider() === "postgresql")(
  "polling with two instances on one PostgreSQL",
  () => {
    it("polls each task from one instance at a time", async () => {
      const token = await seedAdmin();
      const env = {
        POLL_INTERVAL_SECONDS: "0.5",
        SIMULATOR_SPEED: "1",
        SIMULATOR_RATE_LIMIT: "off",
      };
      life = await startLifecycle(env, token);
      const other = await startLifecycle(
        { ...env, ANYINT_BASE_URL: life.simulatorUrl, ANYINT_API_KEY: "sim" },
        token,
      );
      try {
        const ids: string[] = [];
        for (let i = 0; i < 6; i++)
          ids.push(
            (await createTask(life, "music", song(`shared ${i} [sim:drop-callbacks]`))).task.id,
          );
        const db = await getDb();

        await waitFor(
          async () => {
            const instances = await db.pollAttempt.groupBy({
              by: ["instanceId"],
              where: { taskId: { in: ids } },
            });
            const total = await db.pollAttempt.count({ where: { taskId: { in: ids } } });
            return instances.length === 2 && total >= 24;
          },
          { timeout: 40_000, what: "both instances to poll" },
        );

        for (const id of ids) {
          const polls = await db.pollAttempt.findMany({
            where: { taskId: id },
            orderBy: { startedAt: "asc" },
          });
          const gaps = polls
            .slice(1)
            .map((poll, i) => poll.startedAt.getTime() - (polls[i]?.startedAt.getTime() ?? 0));
          expect(Math.min(...gaps)).toBeGreaterThanOrEqual(400);
        }
      } finally {
        await other.stop();
      }
    });
  },
);
