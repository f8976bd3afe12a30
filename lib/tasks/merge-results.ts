import type { NormalizedResult } from "@/lib/anyint/types";
import type { Db } from "@/lib/db/client";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Stores what a stage reported beside what earlier stages did: a result seen for the
 * first time is created, a known one only gains the fields this stage filled in, and a
 * file's URL is replaced by the newer one (a stream URL by the final file's).
 */
export async function mergeResults(tx: Tx, taskId: string, results: NormalizedResult[]) {
  for (const result of results) {
    const fields = definedFields({
      position: result.position,
      title: result.title,
      tags: result.tags,
      duration: result.duration,
      text: result.text,
      modelName: result.modelName,
    });
    const row = await tx.taskResult.upsert({
      where: { taskId_type_key: { taskId, type: result.type, key: result.key } },
      create: { taskId, type: result.type, key: result.key, ...fields, raw: toJson(result.raw) },
      update: { ...fields, raw: toJson(result.raw) },
    });

    for (const [role, url] of Object.entries(result.files)) {
      if (!url) continue;
      await tx.mediaFile.upsert({
        where: { resultId_role: { resultId: row.id, role } },
        create: { resultId: row.id, role, sourceUrl: url },
        update: { sourceUrl: url },
      });
    }
  }
}

function definedFields<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => value !== undefined && value !== null && value !== "",
    ),
  ) as Partial<T>;
}

function toJson(value: unknown) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value ?? null));
}
