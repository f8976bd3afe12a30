import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type Migration = { name: string; sql: string; checksum: string };

/** A row of `_prisma_migrations`, the columns Prisma's migrate engine writes. */
export type AppliedMigration = {
  id: string;
  checksum: string;
  finished_at: unknown;
  migration_name: string;
  logs: string | null;
  rolled_back_at: unknown;
  started_at: unknown;
  applied_steps_count: number;
};

export class MigrationError extends Error {
  readonly migrationName: string;

  constructor(migrationName: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "MigrationError";
    this.migrationName = migrationName;
  }
}

/** Prisma's checksum of a migration: SHA-256 of the file's bytes, in hex. */
export function checksumOf(sql: string | Buffer): string {
  return createHash("sha256").update(sql).digest("hex");
}

export function migrationsDirFor(provider: "sqlite" | "postgresql", root = process.cwd()): string {
  const folder = provider === "postgresql" ? "prisma/postgresql/migrations" : "prisma/migrations";
  return path.join(root, folder);
}

/** The committed migrations, oldest first, as Prisma orders them: by folder name. */
export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: checksumOf(bytes) };
    });
}

/**
 * Compares what the database has recorded with the files, and returns what is still to
 * apply. A migration that failed earlier, or whose file changed after it was applied,
 * stops everything: both need a person to decide.
 */
export function pendingMigrations(local: Migration[], applied: AppliedMigration[]): Migration[] {
  const live = applied.filter((row) => row.rolled_back_at === null);

  const failed = live.find((row) => row.finished_at === null);
  if (failed) {
    throw new MigrationError(
      failed.migration_name,
      `Migration ${failed.migration_name} failed earlier and the database may be half-changed. ` +
        `Repair it, then mark it with \`prisma migrate resolve --rolled-back ` +
        `${failed.migration_name}\` (or --applied) and start again.` +
        (failed.logs ? `\nIts error: ${failed.logs}` : ""),
    );
  }

  const done = new Map(live.map((row) => [row.migration_name, row]));
  for (const migration of local) {
    const row = done.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      throw new MigrationError(
        migration.name,
        `Migration ${migration.name} was changed after it was applied ` +
          `(recorded checksum ${row.checksum.slice(0, 12)}…, file ${migration.checksum.slice(0, 12)}…). ` +
          `Restore the file as it was and put the change in a new migration.`,
      );
    }
  }

  return local.filter((migration) => !done.has(migration.name));
}
