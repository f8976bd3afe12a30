/**
 * How failed sign-ins slow guessing down. A count of failures in a row, per key, with
 * the time of the last one; attempts are refused, without looking at the password, while
 * the key must still wait.
 */
export type ThrottlePolicy = {
  /** Failures allowed before any waiting starts. */
  freeFailures: number;
  /** From this many failures on the key is locked out for `lockMs`. */
  lockAfter: number | undefined;
  lockMs: number;
  /** Longest wait between the free failures and the lock. */
  maxDelayMs: number;
  /** A key whose last failure is older than this starts again from zero. */
  forgetAfterMs: number;
};

const MINUTE = 60_000;

/**
 * Per account: five free tries, then 1, 2, 4, 8 s between tries; the ninth failure locks
 * the account for 15 minutes, so the tenth attempt in a row is refused unchecked.
 */
export const ACCOUNT_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  lockAfter: 9,
  lockMs: 15 * MINUTE,
  maxDelayMs: 8_000,
  forgetAfterMs: 15 * MINUTE,
};

/**
 * Per address: more room, since one office may share an address, and no lock-out, so
 * one person guessing cannot shut a whole team out; the delay still makes spraying slow.
 */
export const ADDRESS_POLICY: ThrottlePolicy = {
  freeFailures: 20,
  lockAfter: undefined,
  lockMs: 0,
  maxDelayMs: 60_000,
  forgetAfterMs: 15 * MINUTE,
};

export type ThrottleState = { failures: number; lastFailure: Date };

/** Milliseconds the key must still wait before its next attempt is looked at; 0 if none. */
export function waitBeforeAttempt(
  state: ThrottleState | null,
  policy: ThrottlePolicy,
  now: Date,
): number {
  const failures = currentFailures(state, policy, now);
  if (failures === 0 || !state) return 0;

  const since = now.getTime() - state.lastFailure.getTime();
  if (policy.lockAfter !== undefined && failures >= policy.lockAfter) {
    return Math.max(0, policy.lockMs - since);
  }
  if (failures < policy.freeFailures) return 0;

  const delay = Math.min(policy.maxDelayMs, 1000 * 2 ** (failures - policy.freeFailures));
  return Math.max(0, delay - since);
}

/** The failure count that still counts at `now`: old failures are forgotten. */
export function currentFailures(
  state: ThrottleState | null,
  policy: ThrottlePolicy,
  now: Date,
): number {
  if (!state) return 0;
  const since = now.getTime() - state.lastFailure.getTime();
  return since > Math.max(policy.forgetAfterMs, policy.lockMs) ? 0 : state.failures;
}
