import { randomUUID } from "node:crypto";

import { getDb } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import type { Worker } from "@/lib/webhooks/receipt-worker";

import { claimDueTasks, OPEN_STATUSES } from "./claim-due-tasks";
import { pollTask } from "./poll-task";
import { resolveInterruptedSubmissions } from "./resolve-interrupted";

const ROUND_MS = 500;
const LEASE_MS = 90_000;
const BATCH = 8;
const CONCURRENCY = 4;

export const INSTANCE_ID = `${process.pid}-${randomUUID().slice(0, 8)}`;

/** Every open task is due at once when an instance starts: nothing it missed is lost. */
export async function makeOpenTasksDue(now = new Date()): Promise<number> {
  const db = await getDb();
  const { count } = await db.task.updateMany({
    where: { status: { in: OPEN_STATUSES }, upstreamTaskId: { not: null } },
    data: { nextPollAt: now },
  });
  return count;
}

/** Interrupted submissions are a crash's leftovers: looking twice a minute is plenty. */
const INTERRUPTED_SWEEP_MS = 30_000;
let lastInterruptedSweep = 0;

export async function runPollRound(instanceId = INSTANCE_ID): Promise<number> {
  const db = await getDb();
  if (Date.now() - lastInterruptedSweep >= INTERRUPTED_SWEEP_MS) {
    lastInterruptedSweep = Date.now();
    await resolveInterruptedSubmissions();
  }
  const claimed = await claimDueTasks({
    db,
    owner: instanceId,
    now: new Date(),
    leaseMs: LEASE_MS,
    limit: BATCH,
  });

  const queue = [...claimed];
  const lanes = Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      await pollTask(id, instanceId).catch((error: unknown) =>
        logger.error({ err: error, taskId: id }, "poll of a task failed"),
      );
    }
  });
  await Promise.all(lanes);
  return claimed.length;
}

/** Polls due tasks until stopped; the shared rate limiter paces the provider calls. */
export async function startPoller(): Promise<Worker> {
  const log = logger.child({ component: "poller", instanceId: INSTANCE_ID });
  const due = await makeOpenTasksDue();
  log.info({ due }, "poller started");

  let stopped = false;
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    current = runPollRound().then(
      (claimed) => {
        if (!stopped) timer = setTimeout(tick, claimed === BATCH ? 0 : ROUND_MS);
      },
      (error: unknown) => {
        log.error({ err: error }, "poll round failed");
        if (!stopped) timer = setTimeout(tick, ROUND_MS * 4);
      },
    );
  };
  tick();

  return {
    idle: () => current,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
