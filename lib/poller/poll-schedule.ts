const MINUTE = 60_000;
const MAX_ERROR_DOUBLINGS = 5;

/**
 * When to poll an open task next: the poll interval while it is young, twice that after
 * ten minutes and four times after an hour; after failed polls, doubling per failure in
 * a row, and never sooner than the provider's Retry-After.
 */
export function nextPollDelayMs(options: {
  intervalMs: number;
  ageMs: number;
  failuresInARow: number;
  retryAfterMs?: number;
}): number {
  const { intervalMs, ageMs, failuresInARow } = options;
  const aging = ageMs < 10 * MINUTE ? 1 : ageMs < 60 * MINUTE ? 2 : 4;
  const errors = 2 ** Math.min(failuresInARow, MAX_ERROR_DOUBLINGS);
  return Math.max(intervalMs * aging * errors, options.retryAfterMs ?? 0);
}
