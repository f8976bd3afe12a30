import type { Logger } from "@/lib/logger";

import { callbackBody } from "./build-payloads";
import type { SimDelivery, SimTask } from "./sim-task";
import type { Store } from "./store";

// Sends each task's callbacks when they fall due, one at a time per task so a reordered or
// duplicated series arrives in the order planned. Like the provider, three failed
// deliveries and it gives up on that callback.

const ATTEMPTS = 3;
const DELIVERY_TIMEOUT_MS = 15_000;

export type Dispatcher = { schedule(task: SimTask): void; close(): Promise<void> };

export function createDispatcher(options: {
  store: Store;
  envelope: boolean;
  speed: number;
  baseUrl: () => string;
  logger: Logger;
}): Dispatcher {
  const timers = new Set<NodeJS.Timeout>();
  const queues = new Map<string, Promise<void>>();
  const stopping = new AbortController();
  const pauseMs = Math.max(50, 1000 / options.speed);

  async function post(task: SimTask, delivery: SimDelivery): Promise<boolean> {
    const event = task.events[delivery.event];
    if (!event) return true;
    const body = callbackBody(task, event, options.baseUrl(), options.envelope);
    const response = await fetch(task.callBackUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "soundcheck-simulator" },
      body: JSON.stringify(body),
      signal: AbortSignal.any([stopping.signal, AbortSignal.timeout(DELIVERY_TIMEOUT_MS)]),
    });
    await response.arrayBuffer();
    return response.ok;
  }

  async function deliver(task: SimTask, delivery: SimDelivery) {
    const log = options.logger.child({ upstreamTaskId: task.id, event: delivery.event });
    for (let attempt = 1; attempt <= ATTEMPTS && !stopping.signal.aborted; attempt++) {
      const ok = await post(task, delivery).catch((error: unknown) => {
        log.debug({ err: error, attempt }, "callback delivery failed");
        return false;
      });
      if (ok) break;
      if (attempt < ATTEMPTS)
        await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt));
    }
    // Stopped mid-delivery: left unsent, so the next start sends it again.
    if (stopping.signal.aborted) return;
    delivery.sent = true;
    options.store.save();
    log.debug({ phase: task.events[delivery.event]?.phase }, "callback sent");
  }

  function enqueue(task: SimTask, delivery: SimDelivery) {
    const previous = queues.get(task.id) ?? Promise.resolve();
    const next = previous.then(() => deliver(task, delivery));
    queues.set(task.id, next);
  }

  return {
    schedule(task) {
      // One timer per due time, so callbacks due together go out in the planned order:
      // separate timers computed a millisecond apart may fire the other way round.
      const due = new Map<number, SimDelivery[]>();
      for (const delivery of task.deliveries.filter((candidate) => !candidate.sent)) {
        due.set(delivery.at, [...(due.get(delivery.at) ?? []), delivery]);
      }
      const now = Date.now();
      for (const [at, deliveries] of due) {
        const timer = setTimeout(
          () => {
            timers.delete(timer);
            for (const delivery of deliveries) enqueue(task, delivery);
          },
          Math.max(0, at - now),
        );
        timers.add(timer);
      }
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      stopping.abort();
      await Promise.allSettled(queues.values());
    },
  };
}
