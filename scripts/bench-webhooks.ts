// `npm run bench:webhooks`: a sustained callback load at the built app and, in the same
// run, at a minimal reference receiver (scripts/bench/reference-webhook-server.ts), with
// the same bodies. Prints requests per second and answer latency for both, the ratio,
// and checks that every callback the app accepted was stored and then applied.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";

import Database from "better-sqlite3";

import { migrate } from "../lib/db/migrate";
import { newCallbackToken } from "../lib/tasks/callback-token";
import { freePort, startApp } from "../tests/helpers/app";
import { waitFor } from "../tests/helpers/wait-for";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const TASKS = 200;

type Result = { name: string; sent: number; ok: number; seconds: number; latencies: number[] };

/**
 * What a task's n-th callback looks like: the text phase, then the first track, then
 * the provider repeating itself, as it may. Both targets get the same bodies.
 */
function body(upstream: string, visit: number): string {
  if (visit === 0) return JSON.stringify({ callbackType: "text", task_id: upstream, data: [] });
  const track = (id: string) => ({
    id,
    stream_audio_url: `https://cdn.example.test/stream/${upstream}-${id}.mp3`,
    image_url: `https://cdn.example.test/${upstream}-${id}.jpeg`,
    title: `Take ${id}`,
    tags: "pop",
  });
  return JSON.stringify({
    callbackType: "first",
    task_id: upstream,
    data: [track("a"), track("b")],
  });
}

async function load(
  name: string,
  port: number,
  targets: { token: string; upstream: string }[],
): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let sent = 0;
  let ok = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;

  const lane = async () => {
    while (performance.now() < deadline) {
      const n = sent++;
      const target = targets[n % targets.length] ?? { token: "", upstream: "" };
      const t0 = performance.now();
      const status = await post(
        agent,
        port,
        `/api/webhooks/anyint/${target.token}`,
        body(target.upstream, Math.floor(n / targets.length)),
      );
      latencies.push(performance.now() - t0);
      if (status === 200) ok++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  agent.destroy();
  return { name, sent, ok, seconds: (performance.now() - started) / 1000, latencies };
}

function post(agent: Agent, port: number, urlPath: string, payload: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: urlPath,
        method: "POST",
        agent,
        headers: { "content-type": "application/json" },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function seedTasks(url: string) {
  const db = new Database(url.replace(/^file:/, ""));
  const insert = db.prepare(
    `INSERT INTO task (id, kind, input, status, upstream_task_id, callback_token_hash, updated_at, last_progress_at)
     VALUES (?, 'music', '{}', 'PENDING', ?, ?, ?, ?)`,
  );
  const targets = [];
  for (let i = 0; i < TASKS; i++) {
    const { token, hash } = newCallbackToken();
    const now = new Date().toISOString();
    insert.run(`bench-${i}`, `up-${i}`, hash, now, now);
    targets.push({ token, upstream: `up-${i}` });
  }
  db.close();
  return targets;
}

async function startReference(file: string): Promise<{ port: number; stop: () => void }> {
  const child = spawn(
    "node_modules/.bin/tsx",
    ["scripts/bench/reference-webhook-server.ts", file],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const port = await new Promise<number>((resolve) =>
    child.stdout.once("data", (data: Buffer) => resolve(Number(data))),
  );
  return { port, stop: () => child.kill("SIGTERM") };
}

function report(results: Result[]) {
  const rows = results.map((result) => ({
    name: result.name,
    rps: result.ok / result.seconds,
    p50: percentile(result.latencies, 50),
    p99: percentile(result.latencies, 99),
    ok: result.ok,
    sent: result.sent,
  }));
  process.stdout.write(
    `\nwebhook load: ${SECONDS} s each, ${CONCURRENCY} concurrent, keep-alive\n`,
  );
  process.stdout.write("target       req/s     p50 ms   p99 ms   accepted/sent\n");
  for (const row of rows) {
    const line = `${row.name.padEnd(10)} ${row.rps.toFixed(0).padStart(7)} ${row.p50.toFixed(2).padStart(10)} ${row.p99.toFixed(2).padStart(8)}   ${row.ok}/${row.sent}`;
    process.stdout.write(`${line}\n`);
  }
  const [app, reference] = rows;
  if (app && reference) {
    process.stdout.write(
      `ratio app/reference: throughput ${(app.rps / reference.rps).toFixed(2)}, `,
    );
    process.stdout.write(
      `p50 ${(app.p50 / reference.p50).toFixed(2)}x, p99 ${(app.p99 / reference.p99).toFixed(2)}x\n`,
    );
  }
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), "soundcheck-bench-"));
  const url = `file:${path.join(dir, "app.db")}`;
  await migrate({ url });
  const targets = await seedTasks(url);

  const reference = await startReference(path.join(dir, "reference.db"));
  const referenceResult = await load("reference", reference.port, targets);
  reference.stop();

  const app = await startApp({
    DATABASE_URL: url,
    SIMULATOR_PORT: String(await freePort()),
    LOG_LEVEL: "warn",
  });
  const appResult = await load("app", app.port, targets);
  report([appResult, referenceResult]);

  const db = new Database(url.replace(/^file:/, ""), { readonly: true });
  const stored = () =>
    (db.prepare("SELECT count(*) AS n FROM callback_receipt").get() as { n: number }).n;
  const unapplied = () =>
    (
      db
        .prepare(
          "SELECT count(*) AS n FROM callback_receipt WHERE outcome IN ('PENDING', 'APPLYING')",
        )
        .get() as { n: number }
    ).n;
  const started = performance.now();
  await waitFor(() => unapplied() === 0, {
    timeout: 600_000,
    every: 200,
    what: "every receipt applied",
  });
  const drainSeconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `stored receipts: ${stored()} of ${appResult.ok} accepted; all applied ${drainSeconds.toFixed(1)} s after the load ended\n`,
  );
  const complete = stored() === appResult.ok;
  db.close();
  await app.stop();
  rmSync(dir, { recursive: true, force: true });
  if (!complete) {
    process.stderr.write("FAIL: some accepted callbacks were not stored\n");
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
