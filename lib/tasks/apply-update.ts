import type { NormalizedUpdate } from "@/lib/anyint/types";
import { getConfig } from "@/lib/config";
import { type Db, getDb } from "@/lib/db/client";
import { publishTaskChange } from "@/lib/events/task-events";
import { logger } from "@/lib/logger";

import { mergeResults } from "./merge-results";
import { searchTextOf } from "./search-text";
import { isTerminal, type TaskStatus } from "./status";
import { decideTransition, stageTimestampOf, type TransitionOutcome } from "./transition";

export type ApplyOptions = {
  taskId: string;
  update: NormalizedUpdate;
  source: "callback" | "poll" | "refresh" | "verify";
};

export type ApplyResult = { outcome: TransitionOutcome; status: TaskStatus; changed: boolean };

const ATTEMPTS = 4;

/**
 * Applies one normalised report to a task: status by the rules of decideTransition,
 * results merged. The write is conditional on the task being as it was read, so two
 * reports applied at once (a callback and a poll) cannot overwrite each other.
 */
export async function applyUpdate(options: ApplyOptions): Promise<ApplyResult> {
  const db = await getDb();
  for (let attempt = 1; ; attempt++) {
    const result = await tryApply(db, options);
    if (result) {
      if (result.changed) {
        const task = await db.task.findUniqueOrThrow({ where: { id: options.taskId } });
        publishTaskChange({
          taskId: task.id,
          status: task.status,
          updatedAt: task.updatedAt.toISOString(),
        });
      }
      return result;
    }
    if (attempt >= ATTEMPTS)
      throw new Error(`task ${options.taskId} kept changing under an update`);
  }
}

async function tryApply(db: Db, options: ApplyOptions): Promise<ApplyResult | undefined> {
  const { taskId, update } = options;
  return db.$transaction(async (tx) => {
    const task = await tx.task.findUniqueOrThrow({ where: { id: taskId } });
    const current = task.status as TaskStatus;
    const outcome = decideTransition(current, update.status);
    const mergeable = outcome === "advance" || outcome === "same";
    if (!mergeable) return { outcome, status: current, changed: false };

    const now = new Date();
    const next = outcome === "advance" ? update.status : current;
    const data = {
      status: next,
      upstreamTaskId: task.upstreamTaskId ?? update.upstreamTaskId,
      ...(outcome === "advance" ? progressFields(next, update, now) : {}),
    };
    const written = await tx.task.updateMany({
      where: { id: taskId, status: current, updatedAt: task.updatedAt },
      data,
    });
    if (written.count === 0) return undefined;

    await mergeResults(tx, taskId, update.results);
    const titles = await tx.taskResult.findMany({
      where: { taskId },
      select: { title: true, tags: true },
    });
    await tx.task.update({
      where: { id: taskId },
      data: { searchText: searchTextOf({ ...task, ...data }, titles) },
    });

    const changed = outcome === "advance" || update.results.length > 0;
    logger.info(
      {
        taskId,
        upstreamTaskId: data.upstreamTaskId,
        from: current,
        to: next,
        source: options.source,
      },
      outcome === "advance" ? "task advanced" : "task report merged",
    );
    return { outcome, status: next, changed };
  });
}

function progressFields(status: TaskStatus, update: NormalizedUpdate, now: Date) {
  const config = getConfig();
  const terminal = isTerminal(status);
  return {
    [stageTimestampOf(status)]: now,
    lastProgressAt: now,
    nextPollAt: terminal ? null : new Date(now.getTime() + config.POLL_INTERVAL_SECONDS * 1000),
    errorCode: status === "SUCCESS" ? null : (update.error?.code ?? undefined),
    errorMessage: status === "SUCCESS" ? null : (update.error?.message ?? undefined),
  };
}
