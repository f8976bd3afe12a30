import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { derivePostgresSchema } from "./derive-schema";
import { columnsOfSchema } from "./schema-columns";

const sqlite = readFileSync("prisma/schema.prisma", "utf8");
const postgres = readFileSync("prisma/postgresql/schema.prisma", "utf8");

describe("the PostgreSQL schema", () => {
  it("is exactly what deriving the SQLite schema gives (run `npm run db:derive` if not)", () => {
    expect(postgres).toBe(derivePostgresSchema(sqlite));
  });

  it("differs only in provider and client output", () => {
    expect(postgres).toMatch(/provider = "postgresql"/);
    expect(postgres).toMatch(/lib\/generated\/postgresql/);
    expect(columnsOfSchema(postgres)).toEqual(columnsOfSchema(sqlite));
  });

  it("no longer matches when a model changes in one file only", () => {
    const editedSqlite = sqlite.replace("pollCount         Int", "pollCount         BigInt");
    const editedPostgres = postgres.replace("  title     String?\n", "  title     String\n");
    expect(editedSqlite).not.toBe(sqlite);
    expect(editedPostgres).not.toBe(postgres);

    expect(derivePostgresSchema(editedSqlite)).not.toBe(postgres);
    expect(editedPostgres).not.toBe(derivePostgresSchema(sqlite));
  });

  it("refuses a source schema without the sqlite provider", () => {
    expect(() => derivePostgresSchema(sqlite.replace('"sqlite"', '"mysql"'))).toThrow(/sqlite/);
  });
});

describe("columnsOfSchema", () => {
  it("reads mapped table and column names and skips relations", () => {
    const columns = columnsOfSchema(
      [
        "model A {",
        "  id String @id",
        '  bId String @map("b_id")',
        "  b B @relation(fields: [bId], references: [id])",
        "",
        '  @@map("a_table")',
        "}",
        "",
      ].join("\n"),
    );
    expect([...columns.entries()]).toEqual([["a_table", ["b_id", "id"]]]);
  });
});
