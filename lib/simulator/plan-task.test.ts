import { describe, expect, it } from "vitest";

import { planDeliveries, planEvents, statusAt } from "./plan-task";

describe("planEvents", () => {
  it("puts a music task's stages at 10 s, 35 s and 150 s, divided by the speed", () => {
    expect(planEvents("music", 0, 1, {}).map((event) => [event.phase, event.at])).toEqual([
      ["text", 10_000],
      ["first", 35_000],
      ["complete", 150_000],
    ]);
    expect(planEvents("music", 1000, 60, {}).at(-1)?.at).toBe(1000 + 2500);
  });

  it("ends failed tasks with their family's word, and stalled ones never", () => {
    expect(planEvents("wav", 0, 1, { fail: true }).map((event) => event.status)).toEqual([
      "GENERATE_WAV_FAILED",
    ]);
    expect(planEvents("music", 0, 1, { fail: true }).map((event) => event.status)).toEqual([
      "TEXT_SUCCESS",
      "GENERATE_AUDIO_FAILED",
    ]);
    expect(planEvents("lyrics", 0, 1, { sensitive: true })[0]?.status).toBe("SENSITIVE_WORD_ERROR");
    expect(planEvents("music", 0, 1, { stall: true })).toEqual([]);
  });
});

describe("planDeliveries", () => {
  const events = planEvents("music", 0, 1, {});

  it("sends one callback per stage, delayed when asked", () => {
    expect(planDeliveries(events, { delayCallbacksSeconds: 5 }).map((d) => d.at)).toEqual([
      15_000, 40_000, 155_000,
    ]);
  });

  it("drops, duplicates, or holds and reverses them", () => {
    expect(planDeliveries(events, { dropCallbacks: true })).toEqual([]);
    expect(planDeliveries(events, { duplicateCallbacks: true }).map((d) => d.event)).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
    expect(planDeliveries(events, { reorderCallbacks: true })).toEqual([
      { event: 2, at: 150_000, sent: false },
      { event: 1, at: 150_000, sent: false },
      { event: 0, at: 150_000, sent: false },
    ]);
  });
});

describe("statusAt", () => {
  it("is the latest stage reached", () => {
    const events = planEvents("music", 0, 1, {});
    expect(statusAt(events, 9_999)).toBe("PENDING");
    expect(statusAt(events, 35_000)).toBe("FIRST_SUCCESS");
    expect(statusAt(events, 1e9)).toBe("SUCCESS");
  });
});
