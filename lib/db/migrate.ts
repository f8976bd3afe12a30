import { randomUUID } from "node:crypto";

import { Client } from "pg";

import { databaseProviderOf } from "@/lib/config";
import { logger as rootLogger, type Logger } from "@/lib/logger";

import {
  type AppliedMigration,
  type Migration,
  MigrationError,
  migrationsDirFor,
  pendingMigrations,
  readMigrations,
} from "./migrations";
import { openSqlite } from "./sqlite-file";

// The same key Prisma's migrate engine takes, so this and `prisma migrate deploy` never
// run at the same time on one database.
const PRISMA_ADVISORY_LOCK = 72707369;

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const POSTGRES_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type MigrateOptions = { url: string; migrationsDir?: string; logger?: Logger };
export type MigrateResult = { applied: string[] };

/**
 * Applies the committed migrations that the database has not seen, each in its own
 * transaction, recording them in `_prisma_migrations` as Prisma does.
 */
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const provider = databaseProviderOf(options.url);
  const local = readMigrations(options.migrationsDir ?? migrationsDirFor(provider));
  const log = (options.logger ?? rootLogger).child({ component: "migrate", provider });

  const applied =
    provider === "postgresql"
      ? await migratePostgres(options.url, local, log)
      : migrateSqlite(options.url, local, log);
  log.info(
    { applied, known: local.length },
    applied.length ? "migrations applied" : "schema up to date",
  );
  return { applied };
}

function failureLog(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function migrateSqlite(url: string, local: Migration[], log: Logger): string[] {
  const db = openSqlite(url);
  // Table redefinitions in SQLite migrations need foreign keys off; this connection is
  // the migrator's own, and foreign_key_check below catches what that would let through.
  db.pragma("foreign_keys = OFF");
  const applied: string[] = [];
  try {
    db.exec(SQLITE_TABLE);
    for (;;) {
      // IMMEDIATE takes the write lock first, so a second process waits, then sees the
      // first one's rows and finds nothing left to do.
      db.exec("BEGIN IMMEDIATE");
      const rows = db.prepare('SELECT * FROM "_prisma_migrations"').all() as AppliedMigration[];
      const next = pendingMigrations(local, rows)[0];
      if (!next) {
        db.exec("COMMIT");
        return applied;
      }
      applySqliteMigration(db, next, log);
      applied.push(next.name);
    }
  } catch (error) {
    if (db.inTransaction) db.exec("ROLLBACK");
    throw error;
  } finally {
    db.close();
  }
}

function applySqliteMigration(
  db: ReturnType<typeof openSqlite>,
  migration: Migration,
  log: Logger,
) {
  const id = randomUUID();
  const startedAt = new Date().toISOString();
  try {
    db.exec(migration.sql);
    const broken = db.pragma("foreign_key_check") as unknown[];
    if (broken.length) throw new Error(`${broken.length} rows break a foreign key`);
    db.prepare(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES (?, ?, ?, ?, ?, 1)`,
    ).run(id, migration.checksum, new Date().toISOString(), migration.name, startedAt);
    db.exec("COMMIT");
    log.info({ migration: migration.name }, "migration applied");
  } catch (error) {
    db.exec("ROLLBACK");
    db.prepare(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES (?, ?, ?, ?, ?, 0)`,
    ).run(id, migration.checksum, migration.name, failureLog(error), startedAt);
    throw new MigrationError(
      migration.name,
      `Migration ${migration.name} failed: ${failureLog(error)}`,
      {
        cause: error,
      },
    );
  }
}

async function migratePostgres(url: string, local: Migration[], log: Logger): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    await client.query(POSTGRES_TABLE);
    const { rows } = await client.query<AppliedMigration>('SELECT * FROM "_prisma_migrations"');
    const pending = pendingMigrations(local, rows);
    for (const migration of pending) await applyPostgresMigration(client, migration, log);
    return pending.map((migration) => migration.name);
  } finally {
    await client
      .query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK])
      .catch(() => undefined);
    await client.end();
  }
}

async function applyPostgresMigration(client: Client, migration: Migration, log: Logger) {
  const id = randomUUID();
  const startedAt = new Date();
  try {
    await client.query("BEGIN");
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, $4, 1)`,
      [id, migration.checksum, migration.name, startedAt],
    );
    await client.query("COMMIT");
    log.info({ migration: migration.name }, "migration applied");
  } catch (error) {
    await client.query("ROLLBACK");
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, started_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, $5, 0)`,
      [id, migration.checksum, migration.name, failureLog(error), startedAt],
    );
    throw new MigrationError(
      migration.name,
      `Migration ${migration.name} failed: ${failureLog(error)}`,
      {
        cause: error,
      },
    );
  }
}
