import { createHash } from "node:crypto";

import { parseCallback } from "@/lib/anyint/parse";
import type { NormalizedUpdate } from "@/lib/anyint/types";
import { getConfig } from "@/lib/config";
import { type Db, getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { logger } from "@/lib/logger";
import { applyUpdate } from "@/lib/tasks/apply-update";
import { queryProvider } from "@/lib/tasks/query-provider";
import type { TaskKind } from "@/lib/tasks/status";

import { signatureIsValid } from "./verify-signature";

export type ReceiptOutcome =
  "APPLIED" | "DUPLICATE" | "REGRESSION_IGNORED" | "TASK_ID_MISMATCH" | "REJECTED" | "UNCONFIRMED";

export type Receipt = Awaited<ReturnType<Db["callbackReceipt"]["findUniqueOrThrow"]>>;
type Task = Awaited<ReturnType<Db["task"]["findUniqueOrThrow"]>>;
type Decision = { outcome: ReceiptOutcome; detail?: string; update?: NormalizedUpdate };

/** Applies one stored receipt to its task and records what that did on the receipt. */
export async function processReceipt(receipt: Receipt): Promise<ReceiptOutcome> {
  const db = await getDb();
  const receiptId = receipt.id;
  const task = await db.task.findUniqueOrThrow({ where: { id: receipt.taskId } });
  const log = logger.child({ receiptId, taskId: task.id, upstreamTaskId: task.upstreamTaskId });

  const decision = await decide(db, receipt, task);
  await db.callbackReceipt.update({
    where: { id: receiptId },
    data: {
      outcome: decision.outcome,
      outcomeDetail: decision.detail?.slice(0, 1000) ?? null,
      callbackType: decision.update?.callbackType,
      upstreamTaskId: decision.update?.upstreamTaskId,
      processedAt: new Date(),
    },
  });
  log.info({ outcome: decision.outcome, detail: decision.detail }, "callback receipt processed");
  return decision.outcome;
}

async function decide(db: Db, receipt: Receipt, task: Task): Promise<Decision> {
  const config = getConfig();
  if (config.WEBHOOK_SIGNING_SECRET && !signed(receipt, config)) {
    return { outcome: "REJECTED", detail: "The signature is missing or does not match the body." };
  }

  let update: NormalizedUpdate;
  try {
    update = parseCallback(task.kind as TaskKind, JSON.parse(receipt.rawBody));
  } catch (error) {
    return {
      outcome: "REJECTED",
      detail: `Not a callback this app understands: ${(error as Error).message}`,
    };
  }

  const named = update.upstreamTaskId;
  if (named && task.upstreamTaskId && named !== task.upstreamTaskId) {
    const detail = `The body is for provider task ${named}; this task is ${task.upstreamTaskId}.`;
    return { outcome: "TASK_ID_MISMATCH", detail, update };
  }

  const dedupeKey = createHash("sha256").update(`${task.id}:${receipt.bodyHash}`).digest("hex");
  if (!(await claimDedupeKey(db, receipt.id, dedupeKey))) {
    return { outcome: "DUPLICATE", detail: "The same body was applied before.", update };
  }

  return apply(task, update, Boolean(config.WEBHOOK_SIGNING_SECRET));
}

function signed(receipt: Receipt, config: ReturnType<typeof getConfig>): boolean {
  const headers = (receipt.headers ?? {}) as Record<string, string | undefined>;
  return signatureIsValid({
    secret: config.WEBHOOK_SIGNING_SECRET ?? "",
    rawBody: receipt.rawBody,
    signature: headers[config.WEBHOOK_SIGNATURE_HEADER.toLowerCase()],
    timestamp: headers[config.WEBHOOK_TIMESTAMP_HEADER.toLowerCase()],
  });
}

/** The key is unique in the table: only one receipt with a given body ever holds it. */
async function claimDedupeKey(db: Db, receiptId: string, dedupeKey: string): Promise<boolean> {
  const holder = await db.callbackReceipt.findUnique({
    where: { dedupeKey },
    select: { id: true },
  });
  if (holder) return holder.id === receiptId;
  try {
    await db.callbackReceipt.update({ where: { id: receiptId }, data: { dedupeKey } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

async function apply(
  task: Task,
  reported: NormalizedUpdate,
  signatureChecked: boolean,
): Promise<Decision> {
  let update = reported;
  if (update.status === "SUCCESS" && !signatureChecked) {
    // Without a signature, only the provider's own query route can vouch for SUCCESS.
    const confirmed = await queryProvider({
      task: { ...task, upstreamTaskId: task.upstreamTaskId ?? reported.upstreamTaskId ?? null },
      trigger: "verify",
    });
    if (confirmed.status !== "SUCCESS") {
      await applyUpdate({ taskId: task.id, update: confirmed, source: "verify" });
      const detail = `The callback said SUCCESS; the provider's query says ${confirmed.status}.`;
      return { outcome: "UNCONFIRMED", detail, update: reported };
    }
    update = {
      ...confirmed,
      callbackType: reported.callbackType,
      upstreamTaskId: reported.upstreamTaskId,
    };
  }

  const result = await applyUpdate({ taskId: task.id, update, source: "callback" });
  if (result.outcome === "advance")
    return { outcome: "APPLIED", detail: `Now ${result.status}.`, update: reported };
  if (result.outcome === "same") {
    const detail = result.changed ? "Results merged; status unchanged." : "Nothing new.";
    return { outcome: result.changed ? "APPLIED" : "DUPLICATE", detail, update: reported };
  }
  const detail = `The task is ${result.status}; a ${reported.status} report cannot move it back.`;
  return { outcome: "REGRESSION_IGNORED", detail, update: reported };
}
