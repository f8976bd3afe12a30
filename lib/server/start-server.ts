import { createServer, type Server } from "node:http";

import next from "next";

import { PEER_ADDRESS_HEADER } from "@/lib/auth/client-address";
import type { Config } from "@/lib/config";
import { migrate } from "@/lib/db/migrate";
import { logger } from "@/lib/logger";
import { startSimulatorForApp } from "@/lib/simulator/start-for-app";

import { startWorkers } from "./start-workers";
import { handleWebhook, webhookTokenOf } from "./webhook-handler";

export type StartOptions = { config: Config; dev?: boolean; hostname?: string };
export type Running = { server: Server; url: string; close: () => Promise<void> };

/**
 * Migrates, then serves the Next.js app on one Node HTTP server, with the background
 * workers in the same process so they share the app's database pool and event feed.
 */
export async function startServer(options: StartOptions): Promise<Running> {
  const { config } = options;
  const hostname = options.hostname ?? "0.0.0.0";
  await migrate({ url: config.DATABASE_URL });
  const simulator = await startSimulatorForApp(config);

  const app = next({ dev: options.dev ?? false, dir: process.cwd(), hostname, port: config.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = createServer((req, res) => {
    // Route handlers cannot see the socket; this header can, and a client cannot forge it.
    req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
    const token = webhookTokenOf(req);
    const answer = token === undefined ? handle(req, res) : handleWebhook(req, res, token);
    answer.catch((error: unknown) => {
      logger.error({ err: error, url: req.url }, "request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.PORT, hostname, resolve);
  });

  const workers = await startWorkers(config);
  const url = `http://localhost:${config.PORT}`;
  logger.info({ url, database: config.databaseProvider }, "soundcheck is listening");
  return {
    server,
    url,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all(workers.map((worker) => worker.stop()));
      await app.close();
      await simulator?.close();
    },
  };
}
