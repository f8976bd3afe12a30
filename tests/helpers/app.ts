import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import path from "node:path";

import { waitFor } from "./wait-for";

export type RunningApp = {
  url: string;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

/**
 * Starts the built app the way `npm start` does (migrations first), as its own process
 * on a free port, and waits until /api/health answers. Needs `next build` to have run.
 */
export async function startApp(
  env: Record<string, string> = {},
  args: string[] = [],
): Promise<RunningApp> {
  const port = await freePort();
  const child = spawnScript(
    "scripts/start.ts",
    { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, ...env },
    args,
  );
  const app = describeChild(child, `http://127.0.0.1:${port}`, port);

  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`the app exited early:\n${app.output()}`);
      const response = await fetch(`${app.url}/api/health`);
      return response.status === 200;
    },
    { timeout: 60_000, what: "the app to answer /api/health" },
  ).catch(async (error: unknown) => {
    await app.stop();
    throw error;
  });
  return app;
}

/** Runs `npm start`'s script and returns its exit code and output, for start-up failures. */
export async function runStartExpectingExit(env: Record<string, string>) {
  const port = await freePort();
  return runScript("scripts/start.ts", { PORT: String(port), ...env });
}

/** Runs one of scripts/ to its end; returns its exit code and everything it printed. */
export async function runScript(script: string, env: Record<string, string>, args: string[] = []) {
  const child = spawnScript(script, env, args);
  const run = describeChild(child, "", 0);
  const code = await run.exited;
  return { code, output: run.output() };
}

function spawnScript(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
): ChildProcess {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  return spawn(tsx, [script, ...args], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function describeChild(child: ChildProcess, url: string, port: number): RunningApp {
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });

  return {
    url,
    port,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}
