import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, describe, expect, it } from "vitest";

import { clientOptionsFromEnv } from "@/lib/anyint/client";
import { loadConfig } from "@/lib/config";
import { startSimulatorForApp } from "@/lib/simulator/start-for-app";

import { freePort } from "./helpers/app";

// The app's start-up runs the simulator only when no provider is configured, and tells the
// client where it is.

const saved = { ...process.env };
const dataDir = mkdtempSync(path.join(tmpdir(), "soundcheck-sim-app-"));

afterEach(() => {
  process.env = { ...saved };
});

function configOn(port: number) {
  return loadConfig({ ...process.env, PORT: String(port), DATA_DIR: dataDir });
}

describe("startSimulatorForApp", () => {
  it("starts on PORT+1, announces itself to the client, and withdraws on close", async () => {
    delete process.env.ANYINT_API_KEY;
    delete process.env.ANYINT_BASE_URL;
    delete process.env.SIMULATOR_PORT;
    const port = await freePort();

    const simulator = await startSimulatorForApp(configOn(port - 1));

    expect(simulator?.url).toBe(`http://127.0.0.1:${port}`);
    expect(process.env.SIMULATOR_URL).toBe(simulator?.url);
    expect(clientOptionsFromEnv().baseUrl).toBe(simulator?.url);
    expect((await fetch(`${simulator?.url}/_simulator/health`)).status).toBe(200);
    await simulator?.close();
    expect(process.env.SIMULATOR_URL).toBeUndefined();
    expect(process.env.ANYINT_BASE_URL).toBeUndefined();
  });

  it("takes any free port when PORT+1 is taken and SIMULATOR_PORT is not set", async () => {
    delete process.env.ANYINT_API_KEY;
    delete process.env.ANYINT_BASE_URL;
    delete process.env.SIMULATOR_PORT;
    const blocker = createServer().listen(0, "127.0.0.1");
    await once(blocker, "listening");
    const taken = (blocker.address() as { port: number }).port;

    try {
      const simulator = await startSimulatorForApp(configOn(taken - 1));
      expect(simulator?.url).not.toBe(`http://127.0.0.1:${taken}`);
      await simulator?.close();
    } finally {
      blocker.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("stays out of the way when an API key or a base URL is set", async () => {
    process.env.ANYINT_API_KEY = "real-key";
    expect(await startSimulatorForApp(configOn(await freePort()))).toBeUndefined();

    delete process.env.ANYINT_API_KEY;
    process.env.ANYINT_BASE_URL = "http://127.0.0.1:9";
    expect(await startSimulatorForApp(configOn(await freePort()))).toBeUndefined();
  });
});
