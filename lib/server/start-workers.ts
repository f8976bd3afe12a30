import type { Config } from "@/lib/config";
import { logger } from "@/lib/logger";
import { startPoller } from "@/lib/poller/poller";
import { startReceiptWorker, type Worker } from "@/lib/webhooks/receipt-worker";

const KNOWN = ["receipts", "poller"] as const;

/** The background workers WORKERS names ("all", "none", or a list such as "receipts"). */
export async function startWorkers(config: Config): Promise<Worker[]> {
  const wanted =
    config.WORKERS === "all" ? [...KNOWN] : config.WORKERS.split(",").map((name) => name.trim());
  const workers: Worker[] = [];
  if (wanted.includes("receipts")) workers.push(startReceiptWorker());
  if (wanted.includes("poller")) workers.push(await startPoller());
  logger.info(
    { workers: wanted.filter((name) => (KNOWN as readonly string[]).includes(name)) },
    "workers started",
  );
  return workers;
}
