import { describe, expect, it } from "vitest";

import { getRateLimiter, parseRateLimit, SlidingWindowLimiter } from "./rate-limiter";

describe("parseRateLimit", () => {
  it("reads requests per window", () => {
    expect(parseRateLimit("20/10s")).toEqual({ limit: 20, windowMs: 10_000 });
    expect(parseRateLimit("5/500ms")).toEqual({ limit: 5, windowMs: 500 });
    expect(() => parseRateLimit("fast")).toThrow(/20\/10s/);
    expect(() => parseRateLimit("0/1s")).toThrow();
  });
});

describe("SlidingWindowLimiter", () => {
  it("never lets more than the limit start within one window, and waits rather than fails", async () => {
    const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 200 });
    const started: number[] = [];

    await Promise.all(
      Array.from({ length: 9 }, async () => {
        const release = await limiter.acquire();
        started.push(Date.now());
        release();
      }),
    );

    expect(started).toHaveLength(9);
    started.sort((a, b) => a - b);
    for (let i = 3; i < started.length; i++) {
      expect((started[i] ?? 0) - (started[i - 3] ?? 0)).toBeGreaterThanOrEqual(200);
    }
  });

  it("counts a slot from when its request finished", async () => {
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 100 });
    const release = await limiter.acquire();
    const finishedAt = Date.now() + 150;
    while (Date.now() < finishedAt) await new Promise((resolve) => setImmediate(resolve));
    release();

    await limiter.acquire();

    expect(Date.now() - finishedAt).toBeGreaterThanOrEqual(95);
  });
});

describe("getRateLimiter", () => {
  it("gives everyone in the process the same limiter for a key", () => {
    expect(getRateLimiter("key-a", "20/10s")).toBe(getRateLimiter("key-a", "20/10s"));
    expect(getRateLimiter("key-a", "20/10s")).not.toBe(getRateLimiter("key-b", "20/10s"));
  });
});
