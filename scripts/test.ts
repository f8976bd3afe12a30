// `npm test`: every check the project has, in order, with one summary at the end.
// Integration tests run on SQLite and again on PostgreSQL; PostgreSQL is required when
// TEST_POSTGRES_URL or CI is set, and otherwise used when the local server answers.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

import { Client } from "pg";

type Counts = { passed: number; failed: number; skipped: number };
type Step = { name: string; ok: boolean; counts?: Counts; note?: string };

const DEFAULT_POSTGRES_URL = "postgresql://root@127.0.0.1:5432/test";
const steps: Step[] = [];
const bin = (name: string) => `node_modules/.bin/${name}`;

function run(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  process.stdout.write(`\n━━ ${name}\n`);
  const result = spawnSync(bin(command), args, {
    stdio: "inherit",
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

function vitestCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, "utf8")) as Record<string, number>;
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts(file: string): Counts | undefined {
  if (!existsSync(file)) return undefined;
  const { stats } = JSON.parse(readFileSync(file, "utf8")) as { stats: Record<string, number> };
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

function vitest(name: string, project: string, env: Record<string, string> = {}) {
  const report = `test-results/vitest-${name.replace(/\W+/g, "-")}.json`;
  rmSync(report, { force: true });
  const args = [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${report}`,
  ];
  const ok = run(name, "vitest", args, env);
  const counts = vitestCounts(report);
  steps.push({ name, ok: ok && (counts?.passed ?? 0) > 0, counts });
}

async function postgresReachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main() {
  mkdirSync("test-results", { recursive: true });
  steps.push({ name: "typecheck", ok: run("typecheck", "tsc", ["--noEmit"]) });
  steps.push({ name: "lint", ok: run("lint (eslint)", "eslint", [".", "--max-warnings", "0"]) });
  steps.push({ name: "format", ok: run("format (prettier)", "prettier", ["--check", "."]) });
  vitest("unit", "unit");

  const built = run("build", "next", ["build"]);
  steps.push({ name: "build", ok: built });
  if (built) {
    vitest("integration on sqlite", "integration", { TEST_DATABASE: "sqlite" });

    const postgresUrl = process.env.TEST_POSTGRES_URL ?? DEFAULT_POSTGRES_URL;
    const expected = Boolean(process.env.TEST_POSTGRES_URL || process.env.CI);
    if (await postgresReachable(postgresUrl)) {
      vitest("integration on postgresql", "integration", {
        TEST_DATABASE: "postgresql",
        TEST_POSTGRES_URL: postgresUrl,
      });
    } else {
      const note = `PostgreSQL did not answer at ${new URL(postgresUrl).host}`;
      steps.push({
        name: "integration on postgresql",
        ok: !expected,
        note: expected ? note : `${note}; skipped`,
      });
    }

    rmSync("test-results/e2e.json", { force: true });
    const ok = run("browser (playwright, chromium)", "playwright", ["test"]);
    const counts = playwrightCounts("test-results/e2e.json");
    steps.push({ name: "browser", ok: ok && (counts?.passed ?? 0) > 0, counts });
  }

  report();
}

function report() {
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  process.stdout.write("\n━━ summary\n");
  for (const step of steps) {
    const counts = step.counts;
    if (counts) {
      total.passed += counts.passed;
      total.failed += counts.failed;
      total.skipped += counts.skipped;
    }
    const detail = counts
      ? `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`
      : "";
    const line = `${step.ok ? "ok  " : "FAIL"}  ${step.name.padEnd(28)} ${detail} ${step.note ?? ""}`;
    process.stdout.write(`${line.trimEnd()}\n`);
  }
  const failedSteps = steps.filter((step) => !step.ok).length;
  if (failedSteps && total.failed === 0) total.failed = failedSteps;
  process.stdout.write(
    `Tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`,
  );
  process.exit(failedSteps ? 1 : 0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
