import { existsSync } from "node:fs";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { createAnyIntClient } from "@/lib/anyint/client";
import { parseCallback } from "@/lib/anyint/parse";

import { removeDir, startReceiver, startTestSimulator } from "./helpers/simulator";
import { waitFor } from "./helpers/wait-for";

// A task in flight survives the simulator stopping: a new simulator on the same data
// directory picks up its clock and sends the callbacks still due.

describe("simulator restarts", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("finishes a task started before the restart and delivers its final callback", async () => {
    const receiver = await startReceiver();
    cleanups.push(() => receiver.close());
    // At speed 20 the text stage comes after 0.5 s and the final files after 7.5 s.
    const first = await startTestSimulator({ speed: 20 });
    cleanups.push(() => removeDir(first.dataDir));
    const before = createAnyIntClient({
      baseUrl: first.url,
      apiKey: "restart-1",
      rateLimit: "100/1s",
    });

    const input = { customMode: false, instrumental: false, model: "V4_5", prompt: "survivor" };
    const { upstreamTaskId } = await before.create({
      kind: "music",
      input,
      callBackUrl: receiver.url("restart"),
    });
    await waitFor(() => receiver.for("restart").length >= 1, { what: "the text callback" });
    await first.close();
    expect(existsSync(path.join(first.dataDir, "simulator.json"))).toBe(true);
    const stoppedAt = Date.now();

    const second = await startTestSimulator({ speed: 20, dataDir: first.dataDir });
    cleanups.push(() => second.close());
    const after = createAnyIntClient({
      baseUrl: second.url,
      apiKey: "restart-2",
      rateLimit: "100/1s",
    });

    const final = await waitFor(
      () =>
        receiver
          .for("restart")
          .find((entry) => parseCallback("music", entry.body).status === "SUCCESS"),
      { what: "the final callback from the restarted simulator", timeout: 30_000 },
    );
    const statuses = receiver
      .for("restart")
      .map((entry) => parseCallback("music", entry.body).status);
    const { update } = await after.query({ kind: "music", upstreamTaskId });

    expect(final.at).toBeGreaterThan(stoppedAt);
    expect(statuses.filter((status) => status === "TEXT_SUCCESS")).toHaveLength(1);
    expect(statuses.at(-1)).toBe("SUCCESS");
    expect(update.status).toBe("SUCCESS");
    expect(update.results).toHaveLength(2);
    expect(update.results[0]?.files.audio?.startsWith(second.url)).toBe(true);
    expect(parseCallback("music", final.body).results[0]?.files.audio?.startsWith(second.url)).toBe(
      true,
    );
  });
});
