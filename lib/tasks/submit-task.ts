import { isProviderError } from "@/lib/anyint/errors";
import { getAnyIntClient } from "@/lib/anyint/client";
import { validateTaskInput } from "@/lib/anyint/inputs";
import { getConfig } from "@/lib/config";
import { type Db, getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { publishTaskChange } from "@/lib/events/task-events";
import { logger } from "@/lib/logger";

import { callbackUrlFor, newCallbackToken } from "./callback-token";
import { deriveInput, type DerivedFrom } from "./derive-input";
import { describeProviderFailure } from "./describe-failure";
import { searchTextOf } from "./search-text";
import type { TaskKind } from "./status";

export type SubmitOptions = {
  kind: TaskKind;
  input: unknown;
  userId?: string;
  idempotencyKey?: string;
  retryOfId?: string;
  from?: DerivedFrom;
};

export type Submitted = { taskId: string; created: boolean };

/**
 * Validates, saves the task as SUBMITTING with its callback token, then asks the
 * provider. The row exists before the call, so a callback that beats the create answer
 * still finds its task, and a crash mid-call leaves a row that start-up resolves.
 */
export async function submitTask(options: SubmitOptions): Promise<Submitted> {
  const db = await getDb();
  const key = options.idempotencyKey ? `${options.userId ?? "-"}:${options.idempotencyKey}` : null;
  if (key) {
    const existing = await db.task.findUnique({ where: { idempotencyKey: key } });
    if (existing) return { taskId: existing.id, created: false };
  }

  const raw = await inputFor(db, options);
  const input = validateTaskInput(options.kind, raw);
  const { token, hash } = newCallbackToken();
  const task = await insertTask(db, { ...options, input, hash, key });
  if ("existing" in task) return { taskId: task.existing, created: false };

  await sendToProvider(db, { taskId: task.id, kind: options.kind, input, token });
  return { taskId: task.id, created: true };
}

async function inputFor(db: Db, options: SubmitOptions) {
  const input = isRecord(options.input) ? options.input : {};
  if (!options.from) return options.input;
  return deriveInput({ db, kind: options.kind, input, from: options.from });
}

async function insertTask(
  db: Db,
  options: SubmitOptions & { input: object; hash: string; key: string | null },
): Promise<{ id: string } | { existing: string }> {
  try {
    const task = await db.task.create({
      data: {
        kind: options.kind,
        input: options.input,
        callbackTokenHash: options.hash,
        idempotencyKey: options.key,
        submittedAt: new Date(),
        retryOfId: options.retryOfId,
        parentTaskId: options.from?.parentTaskId,
        parentTrackId: options.from?.trackId,
        createdById: options.userId,
        searchText: searchTextOf({ id: "", kind: options.kind, input: options.input }),
      },
    });
    publishTaskChange({
      taskId: task.id,
      status: task.status,
      updatedAt: task.updatedAt.toISOString(),
    });
    return task;
  } catch (error) {
    // Two requests with one Idempotency-Key raced; the first one's task is the answer.
    if (!options.key || !isUniqueViolation(error)) throw error;
    const existing = await db.task.findUniqueOrThrow({ where: { idempotencyKey: options.key } });
    return { existing: existing.id };
  }
}

async function sendToProvider(
  db: Db,
  options: { taskId: string; kind: TaskKind; input: unknown; token: string },
) {
  const config = getConfig();
  const log = logger.child({ taskId: options.taskId, kind: options.kind });
  const callBackUrl = callbackUrlFor(config.PUBLIC_URL, options.token);
  try {
    const created = await getAnyIntClient().create({
      kind: options.kind,
      input: options.input,
      callBackUrl,
    });
    await markAccepted(db, options.taskId, created.upstreamTaskId);
    log.info({ upstreamTaskId: created.upstreamTaskId }, "task accepted by the provider");
  } catch (error) {
    const failure = describeProviderFailure(error);
    if (!isProviderError(error)) log.error({ err: error }, "create call failed unexpectedly");
    await markCreateFailed(db, options.taskId, failure);
    log.warn({ code: failure.code }, "provider refused the task");
  }
}

/** PENDING with the provider's id, unless a callback has already moved the task on. */
async function markAccepted(db: Db, taskId: string, upstreamTaskId: string) {
  const now = new Date();
  const nextPollAt = new Date(now.getTime() + getConfig().POLL_INTERVAL_SECONDS * 1000);
  await db.task.updateMany({
    where: { id: taskId, status: "SUBMITTING" },
    data: { status: "PENDING", acceptedAt: now, lastProgressAt: now, nextPollAt },
  });
  const read = await db.task.findUniqueOrThrow({ where: { id: taskId } });
  // A callback may have brought the provider's id already; it is the same id either way.
  const known = { ...read, upstreamTaskId: read.upstreamTaskId ?? upstreamTaskId };
  const task = await db.task.update({
    where: { id: taskId },
    data: { upstreamTaskId: known.upstreamTaskId, searchText: searchTextOf(known) },
  });
  publishTaskChange({ taskId, status: task.status, updatedAt: task.updatedAt.toISOString() });
}

async function markCreateFailed(
  db: Db,
  taskId: string,
  failure: { code: string; message: string },
) {
  const task = await db.task.update({
    where: { id: taskId },
    data: {
      status: "CREATE_TASK_FAILED",
      errorCode: failure.code,
      errorMessage: failure.message,
      failedAt: new Date(),
      nextPollAt: null,
    },
  });
  publishTaskChange({ taskId, status: task.status, updatedAt: task.updatedAt.toISOString() });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
