import { createHash } from "node:crypto";

import { clientAddressOf } from "@/lib/auth/client-address";
import { getConfig } from "@/lib/config";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { callbackTokenMatches, hashCallbackToken } from "@/lib/tasks/callback-token";

import { wakeReceiptWorker } from "./wake";

const KEPT_HEADERS = [
  "content-type",
  "content-length",
  "user-agent",
  "x-forwarded-for",
  "x-real-ip",
  "x-request-id",
];
const SAMPLE_BYTES = 4096;

/** A body read up to a limit: what was read, how big it was, and whether it went past. */
export type ReadBody = { bytes: Buffer; size: number; tooLarge: boolean };

export type Delivery = {
  token: string;
  headers: Headers;
  read: (limit: number) => Promise<ReadBody>;
};

export type Received = { receiptId: string; rejected?: AppError };

/** Finds the task a callback URL's token belongs to; 401 when none does. */
export async function findTaskByToken(token: string) {
  const db = await getDb();
  const hash = hashCallbackToken(token);
  const task = await db.task.findUnique({
    where: { callbackTokenHash: hash },
    select: { id: true, callbackTokenHash: true },
  });
  if (!task || !callbackTokenMatches(token, task.callbackTokenHash)) {
    throw new AppError("unauthenticated", "This callback URL is not known.");
  }
  return task;
}

/**
 * Keeps one delivery as a receipt, in one insert, and wakes the worker that applies it.
 * A body that is too large, not JSON, or of another content type is kept as rejected.
 */
export async function receiveCallback(delivery: Delivery): Promise<Received> {
  const config = getConfig();
  const task = await findTaskByToken(delivery.token);
  const body = await delivery.read(config.WEBHOOK_MAX_BYTES);
  const text = body.bytes.toString("utf8");
  const rejected = rejectionOf(delivery.headers, body, text, config.WEBHOOK_MAX_BYTES);

  const db = await getDb();
  const receipt = await db.callbackReceipt.create({
    data: {
      taskId: task.id,
      rawBody: rejected && body.tooLarge ? text.slice(0, SAMPLE_BYTES) : text,
      headers: keptHeaders(
        delivery.headers,
        config.WEBHOOK_SIGNATURE_HEADER,
        config.WEBHOOK_TIMESTAMP_HEADER,
      ),
      sourceAddress: sourceAddressOf(delivery.headers),
      bodyHash: createHash("sha256").update(body.bytes).digest("hex"),
      outcome: rejected ? "REJECTED" : "PENDING",
      outcomeDetail: rejected?.message,
      processedAt: rejected ? new Date() : null,
    },
  });

  logger.info(
    { taskId: task.id, receiptId: receipt.id, rejected: rejected?.code },
    "callback received",
  );
  if (!rejected) wakeReceiptWorker();
  return { receiptId: receipt.id, rejected };
}

function rejectionOf(
  headers: Headers,
  body: { size: number; tooLarge: boolean },
  text: string,
  limit: number,
) {
  if (body.tooLarge) {
    return new AppError(
      "too_large",
      `The body is ${body.size} bytes; at most ${limit} are accepted.`,
    );
  }
  const type = headers.get("content-type");
  if (type && !/^application\/([\w.+-]*\+)?json\b/i.test(type)) {
    return new AppError(
      "unsupported_media_type",
      `Callbacks must be JSON, not ${type.split(";")[0]}.`,
    );
  }
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    return new AppError("bad_input", "The body is not valid JSON.");
  }
}

function keptHeaders(headers: Headers, ...extra: string[]): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of [...KEPT_HEADERS, ...extra.map((header) => header.toLowerCase())]) {
    const value = headers.get(name);
    if (value !== null) kept[name] = value.slice(0, 1024);
  }
  return kept;
}

/** The socket's peer; a forwarded-for header is kept among the headers, not trusted here. */
function sourceAddressOf(headers: Headers): string | null {
  const address = clientAddressOf(headers);
  return address === "unknown" ? null : address;
}
