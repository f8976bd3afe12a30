import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client";

import { testProvider } from "./helpers/databases";

describe.runIf(testProvider() === "sqlite")("the SQLite connection", () => {
  it("is opened for a server: WAL, busy timeout, foreign keys, synchronous=NORMAL", async () => {
    const db = await getDb();
    const pragma = async (name: string) => {
      const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
      return String(Object.values(rows[0] ?? {})[0]);
    };

    expect(await pragma("journal_mode")).toBe("wal");
    expect(Number(await pragma("busy_timeout"))).toBeGreaterThanOrEqual(1000);
    expect(await pragma("foreign_keys")).toBe("1");
    expect(await pragma("synchronous")).toBe("1");
  });

  it("enforces foreign keys", async () => {
    const db = await getDb();
    const orphan = db.taskResult.create({
      data: { taskId: "no-such-task", type: "track", key: "x" },
    });
    await expect(orphan).rejects.toThrow();
  });
});
