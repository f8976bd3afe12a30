import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { Client } from "pg";

export type TestDatabaseProvider = "sqlite" | "postgresql";

export const DEFAULT_POSTGRES_URL = "postgresql://root@127.0.0.1:5432/test";

/** Which database the integration suite runs on this time; scripts/test.ts sets it. */
export function testProvider(): TestDatabaseProvider {
  return process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
}

export function postgresAdminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? DEFAULT_POSTGRES_URL;
}

export type TestDatabase = { url: string; drop: () => Promise<void> };

/** A new, empty database of the suite's provider, gone again after drop(). */
export async function createTestDatabase(
  provider: TestDatabaseProvider = testProvider(),
): Promise<TestDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "soundcheck-test-"));
    return {
      url: `file:${path.join(dir, "test.db")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }

  const name = `soundcheck_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgresAdminUrl();
  await withClient(admin, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withClient(admin, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

export async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
