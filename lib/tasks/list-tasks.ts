import { z } from "zod";

import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { TASK_KINDS, TASK_STATUSES } from "./status";
import { taskView, WITH_RESULTS } from "./task-view";

export const listQuerySchema = z.object({
  status: z
    .string()
    .transform((value) => value.split(",").filter(Boolean))
    .pipe(z.array(z.enum(TASK_STATUSES as [string, ...string[]])))
    .optional(),
  kind: z.enum(TASK_KINDS).optional(),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

function encodeCursor(task: { createdAt: Date; id: string }): string {
  return Buffer.from(`${task.createdAt.toISOString()}|${task.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(at ?? "");
  if (!id || Number.isNaN(createdAt.getTime()))
    throw new AppError("bad_input", "The cursor is not one this API gave out.");
  return { createdAt, id };
}

/** Newest first, filtered, one page at a time; the cursor is the last item's place. */
export async function listTasks(query: ListQuery) {
  const db = await getDb();
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  const rows = await db.task.findMany({
    where: {
      ...(query.status?.length ? { status: { in: query.status } } : {}),
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.q ? { searchText: { contains: query.q.toLowerCase() } } : {}),
      ...(after
        ? {
            OR: [
              { createdAt: { lt: after.createdAt } },
              { createdAt: after.createdAt, id: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: query.limit + 1,
    include: WITH_RESULTS,
  });

  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(taskView),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}
