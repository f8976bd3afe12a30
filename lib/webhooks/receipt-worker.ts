import { getDb } from "@/lib/db/client";
import { logger } from "@/lib/logger";

import { processReceipt, type Receipt } from "./process-receipt";
import { onReceiptWake } from "./wake";

const ROUND_MS = 1000;
const BATCH = 20;
const LEASE_MS = 60_000;
const RETRY_AFTER_MS = 15_000;

export type Worker = { stop: () => Promise<void>; idle: () => Promise<void> };

/**
 * Applies stored receipts, oldest first. A receipt is claimed by moving it from PENDING
 * to APPLYING; one left APPLYING by a crash goes back to PENDING after the lease, so
 * each receipt is applied even if an instance dies halfway. While a receipt waits,
 * processedAt is the time before which it is not tried (set when a try failed).
 */
export function startReceiptWorker(): Worker {
  const log = logger.child({ component: "receipt-worker" });
  let stopped = false;
  let wake: (() => void) | undefined;
  const unsubscribe = onReceiptWake(() => wake?.());
  let current: Promise<void> = Promise.resolve();

  const loop = async () => {
    while (!stopped) {
      current = runRound().then(
        () => undefined,
        (error: unknown) => log.error({ err: error }, "receipt round failed"),
      );
      await current;
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ROUND_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  };
  void loop();

  return {
    idle: () => current,
    stop: async () => {
      stopped = true;
      unsubscribe();
      wake?.();
      await current;
    },
  };
}

let lastLeaseSweep = 0;

/** Receipts a dead worker left APPLYING go back to PENDING; a lease can only expire so often. */
async function releaseExpiredLeases() {
  const now = Date.now();
  if (now - lastLeaseSweep < LEASE_MS / 2) return;
  lastLeaseSweep = now;
  const db = await getDb();
  await db.callbackReceipt.updateMany({
    where: { outcome: "APPLYING", processedAt: { lt: new Date(now - LEASE_MS) } },
    data: { outcome: "PENDING", processedAt: null },
  });
}

/** One pass over the receipts that are due; returns when none is left. */
export async function runRound(): Promise<number> {
  await releaseExpiredLeases();

  let handled = 0;
  for (;;) {
    const claimed = await claimBatch();
    if (claimed.length === 0) return handled;
    for (const receipt of claimed) await processClaimed(receipt);
    handled += claimed.length;
  }
}

/** Moves due receipts from PENDING to APPLYING; those it returns are this worker's. */
async function claimBatch(): Promise<Receipt[]> {
  const db = await getDb();
  const due = await db.callbackReceipt.findMany({
    where: {
      outcome: "PENDING",
      OR: [{ processedAt: null }, { processedAt: { lte: new Date() } }],
    },
    orderBy: { receivedAt: "asc" },
    take: BATCH,
    select: { id: true },
  });
  if (due.length === 0) return [];
  return db.callbackReceipt.updateManyAndReturn({
    where: { id: { in: due.map((receipt) => receipt.id) }, outcome: "PENDING" },
    data: { outcome: "APPLYING", processedAt: new Date() },
  });
}

async function processClaimed(receipt: Receipt): Promise<void> {
  try {
    await processReceipt(receipt);
  } catch (error) {
    // Most often the provider's confirming query failed: try this receipt again later.
    logger.warn({ err: error, receiptId: receipt.id }, "receipt not applied yet; will retry");
    const db = await getDb();
    await db.callbackReceipt.update({
      where: { id: receipt.id },
      data: {
        outcome: "PENDING",
        outcomeDetail: `Not applied yet: ${(error as Error).message}`.slice(0, 1000),
        processedAt: new Date(Date.now() + RETRY_AFTER_MS),
      },
    });
  }
}
