import "dotenv/config";

import { resolveAuthSecret } from "../lib/auth/auth-secret";
import { loadConfig } from "../lib/config";
import { MigrationError } from "../lib/db/migrations";
import { logger } from "../lib/logger";
import { startServer } from "../lib/server/start-server";
import { announceDemoAdmin, prepareDemo } from "./demo-admin";

async function main() {
  const args = new Set(process.argv.slice(2));
  const config = loadConfig();
  // Before Next.js loads, so Auth.js and the proxy find it in the environment.
  resolveAuthSecret({ dataDir: config.dataDir });
  const demoAdmin = args.has("--demo") ? await prepareDemo(config) : null;
  const running = await startServer({ config, dev: args.has("--dev") });
  announceDemoAdmin(running.url, demoAdmin);

  const stop = (signal: string) => {
    logger.info({ signal }, "shutting down");
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof MigrationError) {
    logger.fatal({ migration: error.migrationName }, error.message);
  } else {
    logger.fatal({ err: error }, "start-up failed");
  }
  process.exit(1);
});
