import type { NormalizedUpdate } from "@/lib/anyint/types";
import { getConfig } from "@/lib/config";
import { type Db, getDb } from "@/lib/db/client";
import { publishTaskChange } from "@/lib/events/task-events";
import { logger } from "@/lib/logger";
import { isNotFound } from "@/lib/db/prisma-errors";

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

/** Thrown inside the transaction when the task changed since it was read: roll back, retry. */
class TaskMovedOn extends Error {}

/**
 * Applies one normalised report to a task: status by the rules of decideTransition,
 * results merged. The write is conditional on the task being as it was read, so two
 * reports applied at once (a callback and a poll) cannot overwrite each other.
 */
export async function applyUpdate(options: ApplyOptions): Promise<ApplyResult> {
  const db = await getDb();
  for (let attempt = 1; ; attempt++) {
    try {
      return await tryApply(db, options);
    } catch (error) {
      const moved = error instanceof TaskMovedOn || isNotFound(error);
      if (!moved || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function tryApply(db: Db, options: ApplyOptions): Promise<ApplyResult> {
  const { taskId, update } = options;
  const result = await db.$transaction(async (tx) => {
    const task = await tx.task.findUniqueOrThrow({ where: { id: taskId } });
    const current = task.status as TaskStatus;
    const outcome = decideTransition(current, update.status);
    const learnsId = !task.upstreamTaskId && Boolean(update.upstreamTaskId);
    if (outcome !== "advance" && outcome !== "same")
      return { outcome, status: current, changed: false };
    const resultsChanged = await mergeResults(tx, taskId, update.results);
    if (outcome === "same" && !resultsChanged && !learnsId) {
      return { outcome, status: current, changed: false };
    }

    const next = outcome === "advance" ? update.status : current;
    // Set here rather than by @updatedAt, so the change event carries the row's own time.
    const updatedAt = new Date();
    const data = {
      status: next,
      updatedAt,
      upstreamTaskId: task.upstreamTaskId ?? update.upstreamTaskId,
      ...(outcome === "advance" ? progressFields(next, update, updatedAt) : {}),
    };
    // Only a new result or a newly learnt provider id changes what search finds.
    const searchable = resultsChanged || learnsId;
    const titles = searchable
      ? await tx.taskResult.findMany({ where: { taskId }, select: { title: true, tags: true } })
      : [];
    const written = await tx.task.updateMany({
      where: { id: taskId, status: current, updatedAt: task.updatedAt },
      data: searchable ? { ...data, searchText: searchTextOf({ ...task, ...data }, titles) } : data,
    });
    if (written.count === 0) throw new TaskMovedOn(taskId);

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
    return { outcome, status: next, changed: true, updatedAt };
  });

  if (result.updatedAt) {
    publishTaskChange({ taskId, status: result.status, updatedAt: result.updatedAt.toISOString() });
  }
  return { outcome: result.outcome, status: result.status, changed: result.changed };
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
