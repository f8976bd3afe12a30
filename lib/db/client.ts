import { mkdirSync } from "node:fs";
import path from "node:path";

import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

import { databaseProviderOf } from "@/lib/config";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { PrismaClient } from "@/lib/generated/sqlite/client";

import { SQLITE_BUSY_TIMEOUT_MS, sqlitePathOf } from "./sqlite-file";

/**
 * Both generated clients come from the same models, so they have the same API; the
 * SQLite one's type stands for both.
 */
export type Db = PrismaClient;

const SQLITE_PRAGMAS = ["journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON"];

export async function createDb(url: string): Promise<Db> {
  if (databaseProviderOf(url) === "postgresql") {
    const adapter = new PrismaPg({ connectionString: url, max: 10 });
    return new PostgresClient({ adapter }) as unknown as Db;
  }

  const file = sqlitePathOf(url);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const adapter = new PrismaBetterSqlite3({ url: file, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const db = new PrismaClient({ adapter });
  for (const pragma of SQLITE_PRAGMAS) await db.$queryRawUnsafe(`PRAGMA ${pragma}`);
  return db;
}

type Holder = { url: string; db: Promise<Db> };
const holder = globalThis as unknown as { __soundcheckDb?: Holder };

/**
 * The process's shared client for DATABASE_URL. Kept on globalThis so the Next.js bundle
 * and scripts loaded beside it in one process share one connection pool.
 */
export function getDb(): Promise<Db> {
  const url = process.env.DATABASE_URL ?? "file:./data/soundcheck.db";
  if (holder.__soundcheckDb?.url !== url) {
    holder.__soundcheckDb = { url, db: createDb(url) };
  }
  return holder.__soundcheckDb.db;
}

/** Closes the shared client, if one was opened. */
export async function disconnectDb(): Promise<void> {
  const current = holder.__soundcheckDb;
  holder.__soundcheckDb = undefined;
  if (current) await (await current.db).$disconnect();
}
