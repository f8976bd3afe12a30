import "dotenv/config";

import { loadConfig } from "../lib/config";
import { disconnectDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { logger } from "../lib/logger";

/**
 * Brings DATABASE_URL's schema up to date, then runs `work` against it; the commands can
 * run on a new database before the app ever started.
 */
export async function withMigratedDatabase<T>(work: () => Promise<T>): Promise<T> {
  const config = loadConfig();
  process.env.DATABASE_URL = config.DATABASE_URL;
  // Only problems are logged: the command's own result is what the person wants to read.
  logger.level = "warn";
  await migrate({ url: config.DATABASE_URL });
  try {
    return await work();
  } finally {
    await disconnectDb();
  }
}
