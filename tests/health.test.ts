import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { checkHealth } from "@/lib/health/check-health";

import { type RunningApp, startApp } from "./helpers/app";
import { createTestDatabase, testProvider } from "./helpers/databases";

const provider = testProvider();

describe(`GET /api/health on ${provider}`, () => {
  let app: RunningApp;
  const database = createTestDatabase(provider);

  beforeAll(async () => {
    app = await startApp({ DATABASE_URL: (await database).url });
  });

  afterAll(async () => {
    await app?.stop();
    await (await database).drop();
  });

  it("answers 200 with ok: true once start-up has migrated a new database", async () => {
    const response = await fetch(`${app.url}/api/health`);

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ ok: true, database: { provider, ok: true } });
  });

  it.runIf(provider === "postgresql")("answers 503 when the database is gone", async () => {
    const url = (await database).url;
    await (await database).drop();

    const response = await fetch(`${app.url}/api/health`);

    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, database: { ok: false } });
    void url;
  });
});

describe("checkHealth", () => {
  it("reports the database as down when it cannot be reached", async () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://root@127.0.0.1:1/nowhere";
    try {
      const health = await checkHealth();
      expect(health.ok).toBe(false);
      expect(health.database.error).toBeTruthy();
    } finally {
      process.env.DATABASE_URL = saved;
    }
  });
});
