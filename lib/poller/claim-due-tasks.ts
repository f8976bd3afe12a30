import { type Db } from "@/lib/db/client";
import { databaseProviderOf } from "@/lib/config";

export const OPEN_STATUSES = ["PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS"];

/**
 * Leases up to `limit` tasks that are due for a poll to this instance. On PostgreSQL the
 * pick and the lease are one statement with SKIP LOCKED, so instances polling at once
 * never take the same task; SQLite has one writer, so a conditional update is enough.
 */
export async function claimDueTasks(options: {
  db: Db;
  owner: string;
  now: Date;
  leaseMs: number;
  limit: number;
}): Promise<string[]> {
  const { db, owner, now, limit } = options;
  const until = new Date(now.getTime() + options.leaseMs);

  if (databaseProviderOf(process.env.DATABASE_URL ?? "file:") === "postgresql") {
    const rows = await db.$queryRaw<{ id: string }[]>`
      UPDATE "task" SET "poll_lease_owner" = ${owner}, "poll_lease_until" = ${until}
      WHERE "id" IN (
        SELECT "id" FROM "task"
        WHERE "status" IN ('PENDING', 'TEXT_SUCCESS', 'FIRST_SUCCESS')
          AND "upstream_task_id" IS NOT NULL
          AND "next_poll_at" <= ${now}
          AND ("poll_lease_until" IS NULL OR "poll_lease_until" < ${now})
        ORDER BY "next_poll_at"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING "id"`;
    return rows.map((row) => row.id);
  }

  const due = await db.task.findMany({
    where: dueWhere(now),
    orderBy: { nextPollAt: "asc" },
    take: limit,
    select: { id: true },
  });
  const claimed: string[] = [];
  for (const { id } of due) {
    const { count } = await db.task.updateMany({
      where: { id, ...dueWhere(now) },
      data: { pollLeaseOwner: owner, pollLeaseUntil: until },
    });
    if (count === 1) claimed.push(id);
  }
  return claimed;
}

function dueWhere(now: Date) {
  return {
    status: { in: OPEN_STATUSES },
    upstreamTaskId: { not: null },
    nextPollAt: { lte: now },
    OR: [{ pollLeaseUntil: null }, { pollLeaseUntil: { lt: now } }],
  };
}
