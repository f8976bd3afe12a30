import { describe, expect, it } from "vitest";

import { nextPollDelayMs } from "./poll-schedule";

const intervalMs = 30_000;

describe("nextPollDelayMs", () => {
  it("polls at the interval while a task is young, less often as it ages", () => {
    expect(nextPollDelayMs({ intervalMs, ageMs: 60_000, failuresInARow: 0 })).toBe(30_000);
    expect(nextPollDelayMs({ intervalMs, ageMs: 20 * 60_000, failuresInARow: 0 })).toBe(60_000);
    expect(nextPollDelayMs({ intervalMs, ageMs: 2 * 3_600_000, failuresInARow: 0 })).toBe(120_000);
  });

  it("doubles per failed poll in a row, up to a cap", () => {
    expect(nextPollDelayMs({ intervalMs, ageMs: 0, failuresInARow: 1 })).toBe(60_000);
    expect(nextPollDelayMs({ intervalMs, ageMs: 0, failuresInARow: 3 })).toBe(240_000);
    expect(nextPollDelayMs({ intervalMs, ageMs: 0, failuresInARow: 50 })).toBe(30_000 * 32);
  });

  it("never polls before the provider's Retry-After", () => {
    expect(
      nextPollDelayMs({ intervalMs, ageMs: 0, failuresInARow: 1, retryAfterMs: 300_000 }),
    ).toBe(300_000);
  });
});
