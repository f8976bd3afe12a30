// A sliding-window limiter per key (one per API key), shared by everything in the process
// that calls the provider: the poller, submissions and refreshes all draw from one budget.

export type RateLimit = { limit: number; windowMs: number };

export function parseRateLimit(spec: string): RateLimit {
  const match = /^(\d+)\/(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(spec.trim());
  if (!match || Number(match[1]) < 1) {
    throw new Error(`A rate limit looks like "20/10s" (got "${spec}")`);
  }
  const unit = match[3] ?? "s";
  const scale = unit === "ms" ? 1 : unit === "m" ? 60_000 : 1000;
  return { limit: Number(match[1]), windowMs: Number(match[2]) * scale };
}

export class SlidingWindowLimiter {
  readonly limit: number;
  readonly windowMs: number;
  /** When each request in the window was last known to be in flight. */
  private readonly slots: { at: number }[] = [];

  constructor(rate: RateLimit) {
    this.limit = rate.limit;
    this.windowMs = rate.windowMs;
  }

  /**
   * Waits for room in the window, then takes a slot. The returned function re-stamps the
   * slot when the request has finished: the provider counts a request when it arrives,
   * which is after it left here, so a slot only expires a full window after its answer.
   */
  async acquire(): Promise<() => void> {
    for (;;) {
      const now = Date.now();
      this.prune(now);
      if (this.slots.length < this.limit) {
        const slot = { at: now };
        this.slots.push(slot);
        return () => {
          slot.at = Math.max(slot.at, Date.now());
        };
      }
      const oldest = Math.min(...this.slots.map((slot) => slot.at));
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(1, oldest + this.windowMs - now)),
      );
    }
  }

  private prune(now: number) {
    for (let i = this.slots.length - 1; i >= 0; i--) {
      const slot = this.slots[i];
      if (slot && slot.at + this.windowMs <= now) this.slots.splice(i, 1);
    }
  }
}

// On globalThis so the Next.js bundle and code loaded by tsx in the same process share one
// registry, rather than each keeping its own budget for the same key.
const registryKey = Symbol.for("soundcheck.rateLimiters");
type Registry = Map<string, SlidingWindowLimiter>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [registryKey]?: Registry };
  holder[registryKey] ??= new Map();
  return holder[registryKey];
}

/** The process-wide limiter for `key` at `spec` (e.g. "20/10s"). */
export function getRateLimiter(key: string, spec: string): SlidingWindowLimiter {
  const id = `${key}@${spec}`;
  const limiters = registry();
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new SlidingWindowLimiter(parseRateLimit(spec));
    limiters.set(id, limiter);
  }
  return limiter;
}
