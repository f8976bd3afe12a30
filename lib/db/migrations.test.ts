import { describe, expect, it } from "vitest";

import { type AppliedMigration, checksumOf, MigrationError, pendingMigrations } from "./migrations";

const first = {
  name: "20260101000000_a",
  sql: "CREATE TABLE a (x int);",
  checksum: checksumOf("CREATE TABLE a (x int);"),
};
const second = {
  name: "20260102000000_b",
  sql: "CREATE TABLE b (x int);",
  checksum: checksumOf("CREATE TABLE b (x int);"),
};

function row(name: string, checksum: string, finished = true): AppliedMigration {
  return {
    id: name,
    checksum,
    finished_at: finished ? new Date() : null,
    migration_name: name,
    logs: finished ? null : "syntax error",
    rolled_back_at: null,
    started_at: new Date(),
    applied_steps_count: finished ? 1 : 0,
  };
}

describe("pendingMigrations", () => {
  it("returns the migrations not yet recorded, in order", () => {
    expect(pendingMigrations([first, second], [])).toEqual([first, second]);
    expect(pendingMigrations([first, second], [row(first.name, first.checksum)])).toEqual([second]);
  });

  it("stops on a migration whose file changed after it was applied, naming it", () => {
    const call = () => pendingMigrations([first, second], [row(first.name, checksumOf("other"))]);
    expect(call).toThrow(MigrationError);
    expect(call).toThrow(/20260101000000_a was changed/);
  });

  it("stops on a migration that failed earlier, naming it", () => {
    const call = () => pendingMigrations([first], [row(first.name, first.checksum, false)]);
    expect(call).toThrow(/20260101000000_a failed earlier/);
  });

  it("ignores rows that were rolled back", () => {
    const rolledBack = { ...row(first.name, first.checksum, false), rolled_back_at: new Date() };
    expect(pendingMigrations([first], [rolledBack])).toEqual([first]);
  });
});

describe("checksumOf", () => {
  it("is the SHA-256 of the bytes in hex, as Prisma records it", () => {
    expect(checksumOf("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
