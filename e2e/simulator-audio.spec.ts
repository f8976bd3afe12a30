import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { createAnyIntClient } from "@/lib/anyint/client";
import { startSimulator } from "@/lib/simulator/start-simulator";

// A browser really plays the simulator's audio: one of a music task's two tracks, loaded
// into an <audio> element, advances its currentTime.

test("Chromium plays a simulated music track", async ({ page }) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "soundcheck-e2e-sim-"));
  const simulator = await startSimulator({ port: 0, dataDir, speed: 1000, rateLimit: "off" });
  try {
    const client = createAnyIntClient({
      baseUrl: simulator.url,
      apiKey: "e2e",
      rateLimit: "100/1s",
    });
    const input = {
      customMode: false,
      instrumental: false,
      model: "V4_5",
      prompt: "for the browser",
    };
    const { upstreamTaskId } = await client.create({
      kind: "music",
      input,
      callBackUrl: "http://127.0.0.1:9/unused",
    });
    let tracks: string[] = [];
    await expect
      .poll(async () => {
        const { update } = await client.query({ kind: "music", upstreamTaskId });
        tracks = update.results.map((result) => result.files.audio ?? "");
        return update.status;
      })
      .toBe("SUCCESS");
    expect(tracks).toHaveLength(2);

    await page.setContent(`<audio id="player" preload="auto" src="${tracks[1]}"></audio>`);
    await page.evaluate(() => (document.getElementById("player") as HTMLAudioElement).play());

    await expect
      .poll(() =>
        page.evaluate(() => (document.getElementById("player") as HTMLAudioElement).currentTime),
      )
      .toBeGreaterThan(0.5);
    const duration = await page.evaluate(
      () => (document.getElementById("player") as HTMLAudioElement).duration,
    );
    expect(duration).toBeCloseTo(9, 0);
  } finally {
    await simulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
