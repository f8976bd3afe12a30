import { getDb } from "@/lib/db/client";

import { publishTaskChange, subscribeTaskChanges, type TaskChange } from "./task-events";

const SWEEP_MS = 2000;
const HEARTBEAT_MS = 15_000;

/**
 * A server-sent event stream of task changes: this process's at once, and other
 * instances' through one database sweep per process, shared by every open stream.
 */
export function taskChangeStream(signal: AbortSignal): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const lastSent = new Map<string, string>();

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (change: TaskChange) => {
        const seen = `${change.status}@${change.updatedAt}`;
        if (lastSent.get(change.taskId) === seen) return;
        lastSent.set(change.taskId, seen);
        controller.enqueue(encoder.encode(`event: task\ndata: ${JSON.stringify(change)}\n\n`));
      };
      const unsubscribe = subscribeTaskChanges(send);
      const leaveSweep = joinSweep();
      const heartbeat = setInterval(
        () => controller.enqueue(encoder.encode(": keep-alive\n\n")),
        HEARTBEAT_MS,
      );
      controller.enqueue(encoder.encode("retry: 3000\n: connected\n\n"));

      signal.addEventListener("abort", () => {
        unsubscribe();
        leaveSweep();
        clearInterval(heartbeat);
        controller.close();
      });
    },
  });
}

type Sweep = { timer: NodeJS.Timeout; streams: number };
const holder = globalThis as { __soundcheckChangeSweep?: Sweep };

/**
 * Runs the sweep while at least one stream is open. What it finds goes through the same
 * emitter as local changes; each stream drops what it has already sent.
 */
function joinSweep(): () => void {
  if (!holder.__soundcheckChangeSweep) {
    let since = new Date();
    const timer = setInterval(() => {
      const from = since;
      since = new Date(Date.now() - SWEEP_MS);
      void sweepChanges(from).then(
        (changes) => changes.forEach(publishTaskChange),
        () => undefined,
      );
    }, SWEEP_MS);
    holder.__soundcheckChangeSweep = { timer, streams: 0 };
  }
  const sweep = holder.__soundcheckChangeSweep;
  sweep.streams += 1;

  return () => {
    sweep.streams -= 1;
    if (sweep.streams > 0) return;
    clearInterval(sweep.timer);
    holder.__soundcheckChangeSweep = undefined;
  };
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
