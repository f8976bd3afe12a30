import { EventEmitter } from "node:events";

export type TaskChange = { taskId: string; status: string; updatedAt: string };

type Holder = { __soundcheckTaskEvents?: EventEmitter };
const holder = globalThis as Holder;

// One emitter per process, on globalThis so the Next.js bundle and the workers started
// beside it see the same one. Other instances' changes reach a feed through its own
// sweep of the database (lib/events/change-feed.ts).
function emitter(): EventEmitter {
  if (!holder.__soundcheckTaskEvents) {
    holder.__soundcheckTaskEvents = new EventEmitter();
    holder.__soundcheckTaskEvents.setMaxListeners(0);
  }
  return holder.__soundcheckTaskEvents;
}

export function publishTaskChange(change: TaskChange): void {
  emitter().emit("change", change);
}

export function subscribeTaskChanges(listener: (change: TaskChange) => void): () => void {
  emitter().on("change", listener);
  return () => emitter().off("change", listener);
}
