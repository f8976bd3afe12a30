import { afterEach, describe, expect, it } from "vitest";

import { backoffMs, clientOptionsFromEnv, getAnyIntClient, parseRetryAfter } from "./client";

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");

    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:05 GMT", now)).toBe(5000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("backoffMs", () => {
  it("uses Retry-After when given, otherwise grows with jitter", () => {
    expect(backoffMs(0, 1500)).toBe(1500);
    for (let attempt = 0; attempt < 5; attempt++) {
      const wait = backoffMs(attempt);
      const ceiling = Math.min(30_000, 500 * 2 ** attempt);
      expect(wait).toBeGreaterThanOrEqual(ceiling / 2);
      expect(wait).toBeLessThanOrEqual(ceiling);
    }
  });
});

describe("clientOptionsFromEnv", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("uses AnyInt's gateway with a key, the simulator without one", () => {
    expect(clientOptionsFromEnv({ ANYINT_API_KEY: "k" })).toMatchObject({
      baseUrl: "https://gateway.api.anyint.ai",
      routes: "anyint",
      rateLimit: "20/10s",
    });
    expect(clientOptionsFromEnv({ SIMULATOR_URL: "http://127.0.0.1:9" })).toMatchObject({
      baseUrl: "http://127.0.0.1:9",
      apiKey: "simulator",
    });
    expect(clientOptionsFromEnv({ ANYINT_API_KEY: "k", ANYINT_ROUTES: "sunoapi" }).routes).toBe(
      "sunoapi",
    );
    expect(() => clientOptionsFromEnv({})).toThrow(/SIMULATOR_URL/);
  });

  it("caches one client per set of settings", () => {
    process.env.ANYINT_API_KEY = "key-1";
    const first = getAnyIntClient();
    expect(getAnyIntClient()).toBe(first);

    process.env.ANYINT_API_KEY = "key-2";
    expect(getAnyIntClient()).not.toBe(first);
  });
});
