import type { NormalizedResult } from "@/lib/anyint/types";
import type { Db } from "@/lib/db/client";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Existing = Awaited<ReturnType<typeof readExisting>>[number];

/**
 * Stores what a stage reported beside what earlier stages did: a result seen for the
 * first time is created, a known one only gains the fields this stage filled in, and a
 * file's URL is replaced by the newer one (a stream URL by the final file's). Writes only
 * what differs; returns whether anything did.
 */
export async function mergeResults(tx: Tx, taskId: string, results: NormalizedResult[]) {
  if (results.length === 0) return false;
  const existing = await readExisting(tx, taskId);
  let changed = false;

  for (const result of results) {
    const known = existing.find((row) => row.type === result.type && row.key === result.key);
    changed =
      (known ? await mergeInto(tx, known, result) : await create(tx, taskId, result)) || changed;
  }
  return changed;
}

function readExisting(tx: Tx, taskId: string) {
  return tx.taskResult.findMany({ where: { taskId }, include: { files: true } });
}

function fieldsOf(result: NormalizedResult) {
  const fields = {
    position: result.position,
    title: result.title,
    tags: result.tags,
    duration: result.duration,
    text: result.text,
    modelName: result.modelName,
  };
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => value !== undefined && value !== null && value !== "",
    ),
  ) as Partial<typeof fields>;
}

function filesOf(result: NormalizedResult): [string, string][] {
  return Object.entries(result.files).filter((entry): entry is [string, string] =>
    Boolean(entry[1]),
  );
}

async function create(tx: Tx, taskId: string, result: NormalizedResult) {
  await tx.taskResult.create({
    data: {
      taskId,
      type: result.type,
      key: result.key,
      ...fieldsOf(result),
      raw: toJson(result.raw),
      files: { create: filesOf(result).map(([role, sourceUrl]) => ({ role, sourceUrl })) },
    },
  });
  return true;
}

async function mergeInto(tx: Tx, known: Existing, result: NormalizedResult) {
  const fields = fieldsOf(result);
  const differs = Object.entries(fields).some(
    ([name, value]) => known[name as keyof typeof fields] !== value,
  );
  if (differs) {
    await tx.taskResult.update({
      where: { id: known.id },
      data: { ...fields, raw: toJson(result.raw) },
    });
  }

  let filesChanged = false;
  for (const [role, sourceUrl] of filesOf(result)) {
    const file = known.files.find((candidate) => candidate.role === role);
    if (file?.sourceUrl === sourceUrl) continue;
    filesChanged = true;
    if (file) await tx.mediaFile.update({ where: { id: file.id }, data: { sourceUrl } });
    else await tx.mediaFile.create({ data: { resultId: known.id, role, sourceUrl } });
  }
  return differs || filesChanged;
}

function toJson(value: unknown) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value ?? null));
}
