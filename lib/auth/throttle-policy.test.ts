import { describe, expect, it } from "vitest";

import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  currentFailures,
  waitBeforeAttempt,
} from "./throttle-policy";

const now = new Date("2026-01-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("waitBeforeAttempt", () => {
  it("lets the first failures through at once", () => {
    expect(waitBeforeAttempt(null, ACCOUNT_POLICY, now)).toBe(0);
    expect(waitBeforeAttempt({ failures: 4, lastFailure: now }, ACCOUNT_POLICY, now)).toBe(0);
  });

  it("doubles the wait from the fifth failure, counted from the last one", () => {
    expect(waitBeforeAttempt({ failures: 5, lastFailure: now }, ACCOUNT_POLICY, now)).toBe(1000);
    expect(waitBeforeAttempt({ failures: 7, lastFailure: now }, ACCOUNT_POLICY, now)).toBe(4000);
    expect(waitBeforeAttempt({ failures: 7, lastFailure: ago(3000) }, ACCOUNT_POLICY, now)).toBe(
      1000,
    );
    expect(waitBeforeAttempt({ failures: 7, lastFailure: ago(5000) }, ACCOUNT_POLICY, now)).toBe(0);
  });

  it("locks an account after nine failures, for fifteen minutes", () => {
    const locked = { failures: 9, lastFailure: ago(60_000) };

    expect(waitBeforeAttempt(locked, ACCOUNT_POLICY, now)).toBe(14 * 60_000);
    expect(
      waitBeforeAttempt({ failures: 9, lastFailure: ago(16 * 60_000) }, ACCOUNT_POLICY, now),
    ).toBe(0);
  });

  it("never locks an address, only slows it, up to a minute", () => {
    expect(waitBeforeAttempt({ failures: 19, lastFailure: now }, ADDRESS_POLICY, now)).toBe(0);
    expect(waitBeforeAttempt({ failures: 20, lastFailure: now }, ADDRESS_POLICY, now)).toBe(1000);
    expect(waitBeforeAttempt({ failures: 500, lastFailure: now }, ADDRESS_POLICY, now)).toBe(
      60_000,
    );
  });
});

describe("currentFailures", () => {
  it("forgets a run of failures once the last one is old enough", () => {
    expect(
      currentFailures({ failures: 6, lastFailure: ago(10 * 60_000) }, ACCOUNT_POLICY, now),
    ).toBe(6);
    expect(
      currentFailures({ failures: 6, lastFailure: ago(16 * 60_000) }, ACCOUNT_POLICY, now),
    ).toBe(0);
  });
});
