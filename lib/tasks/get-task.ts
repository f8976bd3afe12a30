import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { taskView, WITH_RESULTS } from "./task-view";

export async function getTaskView(taskId: string) {
  const db = await getDb();
  const task = await db.task.findUnique({ where: { id: taskId }, include: WITH_RESULTS });
  if (!task) throw new AppError("not_found", `Task ${taskId} does not exist.`);
  return taskView(task);
}

/** A task with everything that happened to it: receipts, polls, retries and derived tasks. */
export async function getTaskDetail(taskId: string) {
  const db = await getDb();
  const task = await db.task.findUnique({
    where: { id: taskId },
    include: {
      ...WITH_RESULTS,
      receipts: { orderBy: { receivedAt: "asc" } },
      polls: { orderBy: { startedAt: "asc" } },
      retries: {
        select: { id: true, status: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
      derived: {
        select: { id: true, kind: true, status: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!task) throw new AppError("not_found", `Task ${taskId} does not exist.`);

  return {
    ...taskView(task),
    receipts: task.receipts.map((receipt) => ({
      id: receipt.id,
      receivedAt: receipt.receivedAt,
      outcome: receipt.outcome,
      outcomeDetail: receipt.outcomeDetail,
      callbackType: receipt.callbackType,
      upstreamTaskId: receipt.upstreamTaskId,
      sourceAddress: receipt.sourceAddress,
      headers: receipt.headers,
      rawBody: receipt.rawBody,
      processedAt: receipt.processedAt,
    })),
    polls: task.polls.map((poll) => ({
      id: poll.id,
      startedAt: poll.startedAt,
      trigger: poll.trigger,
      httpStatus: poll.httpStatus,
      providerCode: poll.providerCode,
      statusSeen: poll.statusSeen,
      latencyMs: poll.latencyMs,
      error: poll.error,
    })),
    attempts: task.retries,
    derived: task.derived,
  };
}
