import { getDb } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";

import { isRetryable, type TaskKind, type TaskStatus } from "./status";
import { submitTask } from "./submit-task";

/**
 * A new attempt with the same input (or an edited one), linked to the task it retries.
 * The failed task stays as it was.
 */
export async function retryTask(options: { taskId: string; input?: unknown; userId?: string }) {
  const db = await getDb();
  const task = await db.task.findUnique({ where: { id: options.taskId } });
  if (!task) throw new AppError("not_found", `Task ${options.taskId} does not exist.`);
  if (!isRetryable(task.status as TaskStatus)) {
    throw new AppError(
      "conflict",
      `Only failed or timed-out tasks can be retried; this one is ${task.status}.`,
    );
  }

  return submitTask({
    kind: task.kind as TaskKind,
    input: options.input ?? task.input,
    userId: options.userId,
    retryOfId: task.id,
  });
}

/** Retries each failed task of a list; one that cannot be retried says why and stops none. */
export async function retryTasks(options: { taskIds: string[]; userId?: string }) {
  const outcomes = [];
  for (const taskId of options.taskIds) {
    try {
      const { taskId: newTaskId } = await retryTask({ taskId, userId: options.userId });
      outcomes.push({ taskId, retriedAs: newTaskId, error: null });
    } catch (error) {
      if (!isAppError(error)) throw error;
      outcomes.push({
        taskId,
        retriedAs: null,
        error: { code: error.code, message: error.message },
      });
    }
  }
  return outcomes;
}
