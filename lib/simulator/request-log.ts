// What the simulator was asked, for tests that count requests where the provider would.

export type LoggedRequest = { at: number; method: string; path: string; status: number };

const MAX_ENTRIES = 10_000;

export function createRequestLog() {
  const entries: LoggedRequest[] = [];
  return {
    add(entry: LoggedRequest) {
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) entries.shift();
    },
    list: (): LoggedRequest[] => [...entries],
  };
}

export type RequestLog = ReturnType<typeof createRequestLog>;

/** The simulator's own rate limit: a sliding window over the requests it accepted. */
export function createWindowCounter(limit: number, windowMs: number) {
  const accepted: number[] = [];
  return {
    /** Milliseconds until a request would be accepted; 0 means accept it now (and count it). */
    take(now = Date.now()): number {
      while (accepted.length > 0 && (accepted[0] ?? 0) + windowMs <= now) accepted.shift();
      if (accepted.length < limit) {
        accepted.push(now);
        return 0;
      }
      return (accepted[0] ?? now) + windowMs - now;
    },
  };
}

export type WindowCounter = ReturnType<typeof createWindowCounter>;
