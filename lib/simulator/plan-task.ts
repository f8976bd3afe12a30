import { FAMILY_FAILURE, type TaskKind, type TaskStatus } from "@/lib/tasks/status";

import type { Faults } from "./faults";
import type { SimDelivery, SimEvent } from "./sim-task";

// The provider's clock at speed 1: a music stream in ~35 s, the final files in ~2.5 min.
// The other families finish in one step.
const SECONDS = { text: 10, first: 35, complete: 150 };
const ONE_STEP_SECONDS: Record<TaskKind, number> = {
  music: SECONDS.complete,
  extend: SECONDS.complete,
  "upload-cover": SECONDS.complete,
  lyrics: 20,
  "vocal-removal": 60,
  wav: 45,
  mp4: 90,
  "cover-art": 30,
};

export function hasPhases(kind: TaskKind): boolean {
  return kind === "music" || kind === "extend" || kind === "upload-cover";
}

function phased(start: number, scale: number, faults: Faults): SimEvent[] {
  const at = (seconds: number) => start + (seconds * 1000) / scale;
  if (faults.sensitive)
    return [{ phase: "error", status: "SENSITIVE_WORD_ERROR", at: at(SECONDS.text) }];
  const text: SimEvent = { phase: "text", status: "TEXT_SUCCESS", at: at(SECONDS.text) };
  if (faults.fail) {
    return [text, { phase: "error", status: "GENERATE_AUDIO_FAILED", at: at(SECONDS.first) }];
  }
  return [
    text,
    { phase: "first", status: "FIRST_SUCCESS", at: at(SECONDS.first) },
    { phase: "complete", status: "SUCCESS", at: at(SECONDS.complete) },
  ];
}

/** The stages a new task will go through, at absolute times. */
export function planEvents(
  kind: TaskKind,
  start: number,
  speed: number,
  faults: Faults,
): SimEvent[] {
  if (faults.stall) return [];
  if (hasPhases(kind)) return phased(start, speed, faults);
  const at = start + (ONE_STEP_SECONDS[kind] * 1000) / speed;
  if (faults.sensitive) return [{ phase: "error", status: "SENSITIVE_WORD_ERROR", at }];
  if (faults.fail) return [{ phase: "error", status: FAMILY_FAILURE[kind], at }];
  return [{ phase: "complete", status: "SUCCESS", at }];
}

/** When each callback goes out, after the faults that drop, delay, reorder or repeat them. */
export function planDeliveries(events: SimEvent[], faults: Faults): SimDelivery[] {
  if (faults.dropCallbacks || events.length === 0) return [];
  const delay = (faults.delayCallbacksSeconds ?? 0) * 1000;
  const last = events[events.length - 1]?.at ?? 0;
  let deliveries = events.map((event, index) => ({
    event: index,
    at: event.at + delay,
    sent: false,
  }));
  // Reordered: nothing goes out until the end, then the newest phase first.
  if (faults.reorderCallbacks) {
    deliveries = deliveries.reverse().map((delivery) => ({ ...delivery, at: last + delay }));
  }
  if (faults.duplicateCallbacks)
    deliveries = deliveries.flatMap((delivery) => [delivery, { ...delivery }]);
  return deliveries;
}

/** The status the task has reached at `now`. */
export function statusAt(events: SimEvent[], now: number): TaskStatus {
  let status: TaskStatus = "PENDING";
  for (const event of events) if (event.at <= now) status = event.status;
  return status;
}
