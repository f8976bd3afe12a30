import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { parseRateLimit } from "@/lib/anyint/rate-limiter";
import { logger as rootLogger, type Logger } from "@/lib/logger";

import { createDispatcher } from "./deliver-callbacks";
import { faultsFromSetting } from "./faults";
import { createRequestHandler } from "./handle-request";
import { createRequestLog, createWindowCounter } from "./request-log";
import type { SimContext } from "./sim-context";
import { openStore } from "./store";

export type SimulatorOptions = {
  /** 0, the default, takes any free port. */
  port?: number;
  host?: string;
  /** Where simulator.json keeps tasks across restarts. */
  dataDir: string;
  /** 1 is the provider's pace; 60 turns minutes into seconds. */
  speed?: number;
  /** Wrap callbacks in {code, msg, data} (sunoapi.org's way) instead of sending them bare. */
  envelope?: boolean;
  /** Faults for every task, e.g. "drop-callbacks,delay-callbacks=5". */
  faults?: string | string[];
  /** The simulator's own limit, answered with 430; "off" for none. Default 20/10s. */
  rateLimit?: string;
  /** The origin put in media URLs, when callers reach the simulator by another name. */
  publicUrl?: string;
  videoPath?: string;
  logger?: Logger;
};

export type RunningSimulator = { url: string; close(): Promise<void> };

/** Settings from the environment (SIMULATOR_*), for the app's start-up. */
export function simulatorOptionsFromEnv(
  dataDir: string,
  env: Record<string, string | undefined> = process.env,
): SimulatorOptions {
  return {
    dataDir,
    port: env.SIMULATOR_PORT === undefined ? undefined : Number(env.SIMULATOR_PORT),
    host: env.SIMULATOR_HOST,
    speed: env.SIMULATOR_SPEED === undefined ? undefined : Number(env.SIMULATOR_SPEED),
    envelope: env.SIMULATOR_ENVELOPE === "1" || env.SIMULATOR_ENVELOPE === "true",
    faults: env.SIMULATOR_FAULTS,
    rateLimit: env.SIMULATOR_RATE_LIMIT,
    publicUrl: env.SIMULATOR_PUBLIC_URL,
  };
}

function rateCounter(spec: string | undefined) {
  if (spec === "off") return undefined;
  const rate = parseRateLimit(spec ?? "20/10s");
  return createWindowCounter(rate.limit, rate.windowMs);
}

/** Starts the AnyInt-compatible simulator on plain node:http and resumes tasks in flight. */
export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const speed = options.speed ?? 1;
  if (!(speed > 0)) throw new Error(`The simulator's speed must be more than 0 (got ${speed})`);
  const log = (options.logger ?? rootLogger).child({ module: "simulator" });
  const store = openStore(options.dataDir);
  let url = "";
  const baseUrl = () => options.publicUrl?.replace(/\/+$/, "") ?? url;
  const dispatcher = createDispatcher({
    store,
    envelope: options.envelope ?? false,
    speed,
    baseUrl,
    logger: log,
  });
  const context: SimContext = {
    store,
    dispatcher,
    requests: createRequestLog(),
    rateLimit: rateCounter(options.rateLimit),
    speed,
    faults: faultsFromSetting(options.faults),
    refusals: new Map(),
    baseUrl,
    videoPath: options.videoPath,
    logger: log,
  };

  const handle = createRequestHandler(context);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log.error({ err: error, url: request.url }, "simulator request failed");
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  const address = server.address() as AddressInfo;
  url = `http://${options.host ?? "127.0.0.1"}:${address.port}`;

  for (const task of store.tasks.values()) dispatcher.schedule(task);
  log.info({ url, speed, tasks: store.tasks.size }, "simulator is listening");

  return {
    url,
    async close() {
      await dispatcher.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
