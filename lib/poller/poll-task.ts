import { isProviderError } from "@/lib/anyint/errors";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { logger } from "@/lib/logger";
import { applyUpdate } from "@/lib/tasks/apply-update";
import { queryProvider } from "@/lib/tasks/query-provider";
import { isTerminal, type TaskStatus } from "@/lib/tasks/status";

import { nextPollDelayMs } from "./poll-schedule";

/**
 * Polls one leased task: asks the provider, applies the answer, times the task out when
 * it has made no progress for the stall timeout, and schedules the next poll.
 */
export async function pollTask(taskId: string, instanceId: string): Promise<void> {
  const db = await getDb();
  const config = getConfig();
  const task = await db.task.findUniqueOrThrow({ where: { id: taskId } });
  const log = logger.child({ taskId, upstreamTaskId: task.upstreamTaskId, instanceId });

  let retryAfterMs: number | undefined;
  try {
    const update = await queryProvider({ task, trigger: "poller", instanceId });
    await applyUpdate({ taskId, update, source: "poll" });
  } catch (error) {
    retryAfterMs = isProviderError(error) ? error.retryAfterMs : undefined;
    log.warn({ err: error, retryAfterMs }, "poll failed");
  }

  const now = Date.now();
  const after = await db.task.findUniqueOrThrow({ where: { id: taskId } });
  const stalledFor = now - after.lastProgressAt.getTime();
  const stalled = stalledFor > config.STALL_TIMEOUT_SECONDS * 1000;
  let terminal = isTerminal(after.status as TaskStatus);
  if (!terminal && stalled) {
    const message = `No progress for ${Math.round(stalledFor / 1000)} s; polling gave up. Refresh or retry it.`;
    await applyUpdate({
      taskId,
      update: { status: "TIMED_OUT", results: [], error: { code: "stalled", message } },
      source: "poll",
    });
    log.warn({ stalledForMs: stalledFor }, "task timed out");
    terminal = true;
  }
  const submittedAt = (after.submittedAt ?? after.createdAt).getTime();
  await schedule({ taskId, now, submittedAt, terminal, retryAfterMs });
}

/** Releases the lease and sets the next poll, or none for a task that has ended. */
async function schedule(options: {
  taskId: string;
  now: number;
  submittedAt: number;
  terminal: boolean;
  retryAfterMs: number | undefined;
}) {
  const { taskId, now, retryAfterMs } = options;
  const db = await getDb();
  const config = getConfig();
  const recent = await db.pollAttempt.findMany({
    where: { taskId },
    orderBy: { startedAt: "desc" },
    take: 6,
    select: { error: true },
  });
  const failuresInARow = recent.findIndex((attempt) => attempt.error === null);
  const delay = nextPollDelayMs({
    intervalMs: config.POLL_INTERVAL_SECONDS * 1000,
    ageMs: now - options.submittedAt,
    failuresInARow: failuresInARow === -1 ? recent.length : failuresInARow,
    retryAfterMs,
  });

  await db.task.update({
    where: { id: taskId },
    data: {
      pollCount: { increment: 1 },
      pollLeaseOwner: null,
      pollLeaseUntil: null,
      nextPollAt: options.terminal ? null : new Date(now + delay),
    },
  });
}
