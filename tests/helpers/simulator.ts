import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

import {
  type RunningSimulator,
  type SimulatorOptions,
  startSimulator,
} from "@/lib/simulator/start-simulator";

export type ReceivedCallback = { at: number; path: string; body: unknown };

/** A tiny callback endpoint: records every POST by path and answers 200. */
export async function startReceiver() {
  const received: ReceivedCallback[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      received.push({ at: Date.now(), path: request.url ?? "", body: JSON.parse(text) as unknown });
      response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (label: string) => `${url}/callbacks/${label}`,
    for: (label: string) => received.filter((entry) => entry.path === `/callbacks/${label}`),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** A simulator on a free port with a new data directory; `dataDir` to reuse one. */
export async function startTestSimulator(
  options: Partial<SimulatorOptions> = {},
): Promise<RunningSimulator & { dataDir: string; requests(): Promise<SimRequest[]> }> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), "soundcheck-sim-"));
  const simulator = await startSimulator({
    port: 0,
    speed: 1000,
    rateLimit: "off",
    ...options,
    dataDir,
  });
  return {
    ...simulator,
    dataDir,
    async requests() {
      const response = await fetch(`${simulator.url}/_simulator/requests`);
      return ((await response.json()) as { requests: SimRequest[] }).requests;
    },
  };
}

export type SimRequest = { at: number; method: string; path: string; status: number };

export function removeDir(dataDir: string) {
  rmSync(dataDir, { recursive: true, force: true });
}

/** The simulator's own view of a task: its planned events and deliveries. */
export async function simulatedTask(url: string, id: string) {
  const response = await fetch(`${url}/_simulator/tasks/${id}`);
  return (await response.json()) as {
    status: string;
    task: {
      body: Record<string, unknown>;
      events: { phase: string; at: number }[];
      deliveries: { sent: boolean }[];
    };
  };
}
