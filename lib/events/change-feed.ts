import { getDb } from "@/lib/db/client";

import { subscribeTaskChanges, type TaskChange } from "./task-events";

const SWEEP_MS = 2000;
const HEARTBEAT_MS = 15_000;

/**
 * A server-sent event stream of task changes: this process's changes at once, and a
 * sweep of the database every two seconds for those made by other instances.
 */
export function taskChangeStream(signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let since = new Date();
  const lastSent = new Map<string, string>();

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (change: TaskChange) => {
        if (lastSent.get(change.taskId) === `${change.status}@${change.updatedAt}`) return;
        lastSent.set(change.taskId, `${change.status}@${change.updatedAt}`);
        controller.enqueue(encoder.encode(`event: task\ndata: ${JSON.stringify(change)}\n\n`));
      };
      const unsubscribe = subscribeTaskChanges(send);
      const sweep = setInterval(() => {
        void sweepChanges(since).then(
          (changes) => {
            for (const change of changes) send(change);
            since = new Date(Date.now() - SWEEP_MS);
          },
          () => undefined,
        );
      }, SWEEP_MS);
      const heartbeat = setInterval(
        () => controller.enqueue(encoder.encode(": keep-alive\n\n")),
        HEARTBEAT_MS,
      );
      controller.enqueue(encoder.encode("retry: 3000\n: connected\n\n"));

      signal.addEventListener("abort", () => {
        unsubscribe();
        clearInterval(sweep);
        clearInterval(heartbeat);
        controller.close();
      });
    },
  });
}

async function sweepChanges(since: Date): Promise<TaskChange[]> {
  const db = await getDb();
  const rows = await db.task.findMany({
    where: { updatedAt: { gte: since } },
    select: { id: true, status: true, updatedAt: true },
    orderBy: { updatedAt: "asc" },
    take: 200,
  });
  return rows.map((row) => ({
    taskId: row.id,
    status: row.status,
    updatedAt: row.updatedAt.toISOString(),
  }));
}
