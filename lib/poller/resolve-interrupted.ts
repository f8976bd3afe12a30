import { getDb } from "@/lib/db/client";
import { publishTaskChange } from "@/lib/events/task-events";
import { logger } from "@/lib/logger";

/** Longer than a create call can take with its retries, so a live call is never cut short. */
const GRACE_MS = 2 * 60_000;

/**
 * A task still SUBMITTING after the grace period was cut off mid-call (a crash, a
 * restart). With a provider id (a callback reached it) it is PENDING and will be polled;
 * without one nobody can tell whether the provider took it, so it is failed, retryable.
 */
export async function resolveInterruptedSubmissions(now = new Date()): Promise<number> {
  const db = await getDb();
  const stuck = await db.task.findMany({
    where: { status: "SUBMITTING", submittedAt: { lt: new Date(now.getTime() - GRACE_MS) } },
  });

  for (const task of stuck) {
    const data = task.upstreamTaskId
      ? { status: "PENDING", acceptedAt: now, nextPollAt: now, updatedAt: now }
      : {
          status: "CREATE_TASK_FAILED",
          updatedAt: now,
          failedAt: now,
          errorCode: "interrupted",
          errorMessage:
            "The app stopped before the provider answered the create call. Check the provider, then retry.",
        };
    const { count } = await db.task.updateMany({
      where: { id: task.id, status: "SUBMITTING" },
      data,
    });
    if (count === 0) continue;
    logger.warn({ taskId: task.id, status: data.status }, "resolved an interrupted submission");
    publishTaskChange({ taskId: task.id, status: data.status, updatedAt: now.toISOString() });
  }
  return stuck.length;
}
