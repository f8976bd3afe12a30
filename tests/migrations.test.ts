import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";

import { migrate } from "@/lib/db/migrate";
import { checksumOf, MigrationError, migrationsDirFor } from "@/lib/db/migrations";
import { columnsOfSchema } from "@/lib/db/schema-columns";
import { sqlitePathOf } from "@/lib/db/sqlite-file";

import { runScript, runStartExpectingExit } from "./helpers/app";
import {
  createTestDatabase,
  type TestDatabase,
  testProvider,
  withClient,
} from "./helpers/databases";

const provider = testProvider();
const committed = migrationsDirFor(provider);
const PRISMA_COLUMNS = [
  "applied_steps_count",
  "checksum",
  "finished_at",
  "id",
  "logs",
  "migration_name",
  "rolled_back_at",
  "started_at",
];

const opened: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.drop()));
});

async function freshDatabase() {
  const database = await createTestDatabase(provider);
  opened.push(database);
  return database.url;
}

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  if (provider === "postgresql")
    return withClient(url, async (client) => (await client.query(sql)).rows);
  const db = new Database(sqlitePathOf(url));
  try {
    const statement = db.prepare(sql);
    return statement.reader
      ? (statement.all() as Record<string, unknown>[])
      : (statement.run(), []);
  } finally {
    db.close();
  }
}

async function columnsOf(url: string, table: string): Promise<string[]> {
  const sql =
    provider === "postgresql"
      ? `SELECT column_name AS name FROM information_schema.columns WHERE table_name = '${table}'`
      : `SELECT name FROM pragma_table_info('${table}')`;
  return (await query(url, sql)).map((row) => String(row.name)).sort();
}

function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "soundcheck-migrations-"));
  cpSync(committed, dir, { recursive: true });
  return dir;
}

describe(`migrations on ${provider}`, () => {
  it("applies every migration once, and nothing the second time", async () => {
    const url = await freshDatabase();

    const first = await migrate({ url });
    const second = await migrate({ url });

    expect(first.applied.length).toBeGreaterThan(0);
    expect(second.applied).toEqual([]);
    const rows = await query(url, 'SELECT migration_name FROM "_prisma_migrations"');
    expect(rows).toHaveLength(first.applied.length);
  });

  it("records rows with Prisma's columns and the SHA-256 of each file", async () => {
    const url = await freshDatabase();
    await migrate({ url });

    expect(await columnsOf(url, "_prisma_migrations")).toEqual(PRISMA_COLUMNS);
    const rows = await query(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    for (const row of rows) {
      const file = path.join(committed, String(row.migration_name), "migration.sql");
      expect(row.checksum).toBe(checksumOf(readFileSync(file)));
      expect(row.id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(Number(row.applied_steps_count)).toBe(1);
    }
  });

  it("builds every table and column the models describe", async () => {
    const url = await freshDatabase();
    await migrate({ url });

    const schemaFile =
      provider === "postgresql" ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma";
    const models = columnsOfSchema(readFileSync(schemaFile, "utf8"));
    for (const [table, columns] of models) {
      expect({ table, columns: await columnsOf(url, table) }).toEqual({ table, columns });
    }
  });

  it("keeps every row through later migrations, cascading deletes included", async () => {
    const url = await freshDatabase();
    const firstOnly = copyOfMigrations();
    const [, ...later] = readdirSync(firstOnly)
      .filter((name) => /^\d/.test(name))
      .sort();
    for (const name of later) rmSync(path.join(firstOnly, name), { recursive: true });
    await migrate({ url, migrationsDir: firstOnly });
    await query(
      url,
      `INSERT INTO "task" (id, kind, input, status, callback_token_hash, updated_at)
       VALUES ('t1', 'music', '{}', 'PENDING', 'h1', CURRENT_TIMESTAMP)`,
    );
    await query(
      url,
      `INSERT INTO "task_result" (id, task_id, type, key, updated_at) VALUES ('r1', 't1', 'track', 'a', CURRENT_TIMESTAMP)`,
    );

    await migrate({ url });

    expect(await query(url, 'SELECT id FROM "task"')).toEqual([{ id: "t1" }]);
    expect(await query(url, 'SELECT id FROM "task_result"')).toEqual([{ id: "r1" }]);
  });

  it("stops, naming the migration, when an applied file was edited", async () => {
    const url = await freshDatabase();
    const dir = copyOfMigrations();
    await migrate({ url, migrationsDir: dir });
    const name = (await query(url, 'SELECT migration_name FROM "_prisma_migrations"'))[0]
      ?.migration_name;
    const file = path.join(dir, String(name), "migration.sql");

    writeFileSync(file, `${readFileSync(file, "utf8")}\n-- an edit after the fact\n`);

    const attempt = migrate({ url, migrationsDir: dir });
    await expect(attempt).rejects.toBeInstanceOf(MigrationError);
    await expect(attempt).rejects.toThrow(new RegExp(`${String(name)} was changed`));
  });

  it("records a failed migration with its error, and refuses to go on until it is resolved", async () => {
    const url = await freshDatabase();
    const dir = copyOfMigrations();
    mkdirSync(path.join(dir, "29990101000000_broken"));
    writeFileSync(
      path.join(dir, "29990101000000_broken", "migration.sql"),
      'CREATE TABLE "half_done" (x INTEGER);\nTHIS IS NOT SQL;\n',
    );

    await expect(migrate({ url, migrationsDir: dir })).rejects.toThrow(
      /29990101000000_broken failed/,
    );
    const rows = await query(
      url,
      `SELECT * FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`,
    );
    expect(rows[0]?.finished_at).toBeNull();
    expect(String(rows[0]?.logs)).toMatch(/syntax error/i);
    const halfDone =
      provider === "postgresql"
        ? await query(url, "SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'")
        : await query(url, "SELECT 1 FROM sqlite_master WHERE name = 'half_done'");
    expect(halfDone).toHaveLength(0);

    await expect(migrate({ url, migrationsDir: dir })).rejects.toThrow(
      /29990101000000_broken failed earlier/,
    );
  });

  it("lets three processes migrating at once apply each migration exactly once", async () => {
    const url = await freshDatabase();

    const runs = await Promise.all(
      [1, 2, 3].map(() => runScript("scripts/migrate.ts", { DATABASE_URL: url })),
    );

    expect(runs.map((run) => run.code)).toEqual([0, 0, 0]);
    const applied = runs.flatMap(
      (run) => run.output.match(/^applied: (.*)$/m)?.[1]?.split(", ") ?? [],
    );
    const rows = await query(url, 'SELECT migration_name FROM "_prisma_migrations"');
    expect(applied.sort()).toEqual(rows.map((row) => String(row.migration_name)).sort());
    expect(new Set(applied).size).toBe(applied.length);
    expect(runs.filter((run) => run.output.includes("nothing to apply"))).toHaveLength(2);
  });

  it("makes start-up stop with an error naming a changed migration", async () => {
    const url = await freshDatabase();
    await migrate({ url });
    const name = String(
      (await query(url, 'SELECT migration_name FROM "_prisma_migrations"'))[0]?.migration_name,
    );
    await query(
      url,
      `UPDATE "_prisma_migrations" SET checksum = '${"0".repeat(64)}' WHERE migration_name = '${name}'`,
    );

    const { code, output } = await runStartExpectingExit({ DATABASE_URL: url });

    expect(code).toBe(1);
    expect(output).toContain(`Migration ${name} was changed after it was applied`);
  });
});
