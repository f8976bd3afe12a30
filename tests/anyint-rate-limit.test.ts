import { describe, expect, it } from "vitest";

import { createAnyIntClient } from "@/lib/anyint/client";

import { removeDir, type SimRequest, startTestSimulator } from "./helpers/simulator";

// A burst of 100 calls through the client's limiter, counted where the provider would count
// them: at the simulator, whose own limit (the same as the client's) answers 430 if crossed.
// Two runs: one at a scaled 20 per 1 s to keep it quick, and one at the real 20 per 10 s,
// which takes about 40 s and so still fits inside a minute.

function mostInAnyWindow(requests: SimRequest[], windowMs: number): number {
  const times = requests.map((request) => request.at).sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < times.length; end++) {
    while ((times[end] ?? 0) - (times[start] ?? 0) >= windowMs) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

async function burst(rate: string, windowMs: number) {
  const simulator = await startTestSimulator({ rateLimit: rate });
  try {
    const client = createAnyIntClient({
      baseUrl: simulator.url,
      apiKey: `burst-${rate}`,
      rateLimit: rate,
      retries: 0,
    });
    const input = { customMode: false, instrumental: true, model: "V4_5", prompt: "burst" };
    const { upstreamTaskId } = await client.create({
      kind: "music",
      input,
      callBackUrl: "http://127.0.0.1:9/x",
    });

    const outcomes = await Promise.allSettled(
      Array.from({ length: 99 }, () => client.query({ kind: "music", upstreamTaskId })),
    );
    const requests = await simulator.requests();

    expect(outcomes.filter((outcome) => outcome.status === "rejected")).toEqual([]);
    expect(requests).toHaveLength(100);
    expect(requests.filter((request) => request.status !== 200)).toEqual([]);
    expect(mostInAnyWindow(requests, windowMs)).toBe(20);
  } finally {
    await simulator.close();
    removeDir(simulator.dataDir);
  }
}

describe("the upstream rate limit", () => {
  it("keeps a burst of 100 to 20 per window at the simulator (scaled: 20 per 1 s)", async () => {
    await burst("20/1s", 1000);
  });

  it("does the same at the real 20 per 10 s", { timeout: 90_000 }, async () => {
    await burst("20/10s", 10_000);
  });
});
