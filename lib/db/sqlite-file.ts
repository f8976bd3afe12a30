import { mkdirSync } from "node:fs";
import path from "node:path";

import Database from "better-sqlite3";

export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** The file a `file:` URL names, relative paths taken from the working directory. */
export function sqlitePathOf(url: string): string {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  return file === ":memory:" ? file : path.resolve(file);
}

/**
 * Opens a SQLite file for a server's workload: WAL so readers never wait for the writer,
 * a busy timeout instead of instant SQLITE_BUSY errors, foreign keys enforced, and
 * synchronous=NORMAL, which is durable in WAL mode up to the last checkpointed commit.
 */
export function openSqlite(url: string): Database.Database {
  const file = sqlitePathOf(url);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });

  const db = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  return db;
}
