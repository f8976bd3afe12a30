import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createAnyIntClient } from "@/lib/anyint/client";
import { ProviderError } from "@/lib/anyint/errors";

import { removeDir, startTestSimulator } from "./helpers/simulator";

// Retry-later codes are retried with backoff that honours Retry-After; the others are not.
// The simulator's fault markers make the codes; its request log shows what was sent.

type Simulator = Awaited<ReturnType<typeof startTestSimulator>>;
let simulator: Simulator;
let keys = 0;

beforeAll(async () => {
  simulator = await startTestSimulator();
});

afterAll(async () => {
  await simulator?.close();
  if (simulator) removeDir(simulator.dataDir);
});

function client(retries = 3) {
  keys += 1;
  return createAnyIntClient({
    baseUrl: simulator.url,
    apiKey: `retries-${keys}`,
    retries,
    rateLimit: "1000/1s",
  });
}

const CALLBACK = "http://127.0.0.1:9/never-called";

async function createWith(prompt: string, retries = 3) {
  const since = Date.now();
  const input = { customMode: false, instrumental: true, model: "V4_5", prompt };
  const outcome = await client(retries)
    .create({ kind: "music", input, callBackUrl: CALLBACK })
    .catch((error: unknown) => error);
  const sent = (await simulator.requests()).filter(
    (r) => r.path === "/suno/generate" && r.at >= since,
  );
  return { outcome, sent: sent.map((request) => request.at) };
}

function gaps(times: number[]): number[] {
  return times.slice(1).map((time, index) => time - (times[index] ?? 0));
}

describe("retry-later codes", () => {
  it("retries 430 after the Retry-After it was given, then succeeds", async () => {
    const { outcome, sent } = await createWith("a [sim:refuse=430*2] [sim:retry-after=1]");

    expect(outcome).toMatchObject({ providerCode: 200 });
    expect(sent).toHaveLength(3);
    for (const gap of gaps(sent)) expect(gap).toBeGreaterThanOrEqual(1000);
  });

  it("retries 455 on its default Retry-After of one second", async () => {
    const { outcome, sent } = await createWith("b [sim:refuse=455*1]");

    expect(outcome).toMatchObject({ providerCode: 200 });
    expect(sent).toHaveLength(2);
    expect(gaps(sent)[0]).toBeGreaterThanOrEqual(1000);
  });

  it("backs off with growing jittered waits when no Retry-After is sent (405, 500)", async () => {
    const { outcome, sent } = await createWith("c [sim:refuse=405*2]");
    const server = await createWith("d [sim:refuse=500*1]");

    expect(outcome).toMatchObject({ providerCode: 200 });
    const [first, second] = gaps(sent);
    expect(first).toBeGreaterThanOrEqual(250);
    expect(second).toBeGreaterThanOrEqual(500);
    expect(server.sent).toHaveLength(2);
  });

  it("gives up after its retries with a retry_later ProviderError", async () => {
    const { outcome, sent } = await createWith("e [sim:refuse=430] [sim:retry-after=0]", 2);

    expect(outcome).toBeInstanceOf(ProviderError);
    expect(outcome).toMatchObject({
      errorClass: "retry_later",
      providerCode: 430,
      httpStatus: 200,
      retryAfterMs: 0,
    });
    expect(sent).toHaveLength(3);
  });
});

describe("codes that are not retried", () => {
  it.each([
    [400, "user_fix"],
    [413, "user_fix"],
    [401, "admin"],
    [429, "admin"],
  ])("sends a create refused with %i once and reports %s", async (code, errorClass) => {
    const { outcome, sent } = await createWith(`f${code} [sim:refuse=${code}]`);

    expect(outcome).toBeInstanceOf(ProviderError);
    // The simulator answers HTTP 200 with the code in the body: the body's code is what counts.
    expect(outcome).toMatchObject({ errorClass, providerCode: code, httpStatus: 200 });
    expect(sent).toHaveLength(1);
  });
});

describe("transport failures", () => {
  it("retries a query that timed out, but never re-sends a create that may have arrived", async () => {
    let received = 0;
    const silent = createServer(() => (received += 1));
    silent.listen(0, "127.0.0.1");
    await once(silent, "listening");
    const baseUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const quiet = createAnyIntClient({
      baseUrl,
      apiKey: "silent",
      timeoutMs: 200,
      retries: 1,
      rateLimit: "100/1s",
    });

    try {
      const create = await quiet
        .create({ kind: "lyrics", input: { prompt: "x" }, callBackUrl: CALLBACK })
        .catch((error: unknown) => error);
      expect(create).toMatchObject({
        errorClass: "retry_later",
        message: expect.stringContaining("200 ms"),
      });
      expect(received).toBe(1);

      const query = await quiet
        .query({ kind: "lyrics", upstreamTaskId: "t" })
        .catch((error: unknown) => error);
      expect(query).toBeInstanceOf(ProviderError);
      expect(received).toBe(3);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it("reports an unreachable provider as retry_later", async () => {
    const gone = createAnyIntClient({ baseUrl: "http://127.0.0.1:9", apiKey: "gone", retries: 0 });

    const error = await gone
      .query({ kind: "wav", upstreamTaskId: "t" })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({
      errorClass: "retry_later",
      message: expect.stringContaining("Could not reach"),
    });
  });
});

describe("the simulator's own rate limit", () => {
  it("answers 430 past 20 requests in 10 s, with a Retry-After the client waits out", async () => {
    const limited = await startTestSimulator({ rateLimit: "20/10s" });
    try {
      const impatient = createAnyIntClient({
        baseUrl: limited.url,
        apiKey: "impatient",
        retries: 0,
        rateLimit: "100/1s",
      });
      const answers = await Promise.all(
        Array.from({ length: 25 }, () =>
          impatient
            .query({ kind: "music", upstreamTaskId: "none" })
            .catch((error: unknown) => error),
        ),
      );
      const refused = answers.filter(
        (answer) => answer instanceof ProviderError && answer.providerCode === 430,
      );

      // Unknown task ids answer 400: what matters is which requests got past the limit.
      expect(
        answers.filter((answer) => answer instanceof ProviderError && answer.providerCode === 400),
      ).toHaveLength(20);
      expect(refused).toHaveLength(5);
      expect(refused[0]).toMatchObject({ errorClass: "retry_later", httpStatus: 429 });
      expect((refused[0] as ProviderError).retryAfterMs).toBeGreaterThan(0);
    } finally {
      await limited.close();
      removeDir(limited.dataDir);
    }
  });
});

describe("a caller's own retry count", () => {
  it("query({ retries: 0 }) sends once even when the client would retry", async () => {
    const strict = await startTestSimulator({ rateLimit: "1/10s" });
    try {
      const patient = createAnyIntClient({ baseUrl: strict.url, apiKey: "own-count", retries: 3 });
      await patient.query({ kind: "wav", upstreamTaskId: "none" }).catch(() => undefined);

      const error = await patient
        .query({ kind: "wav", upstreamTaskId: "none", retries: 0 })
        .catch((caught: unknown) => caught);

      expect(error).toMatchObject({ errorClass: "retry_later", providerCode: 430 });
      expect(await strict.requests()).toHaveLength(2);
    } finally {
      await strict.close();
      removeDir(strict.dataDir);
    }
  });
});
