import "dotenv/config";

import { loadConfig } from "../lib/config";
import { migrate } from "../lib/db/migrate";
import { MigrationError } from "../lib/db/migrations";
import { logger } from "../lib/logger";

const config = loadConfig();
migrate({ url: config.DATABASE_URL }).then(
  ({ applied }) => {
    process.stdout.write(
      applied.length ? `applied: ${applied.join(", ")}\n` : "nothing to apply\n",
    );
  },
  (error: unknown) => {
    const migration = error instanceof MigrationError ? error.migrationName : undefined;
    logger.fatal(
      { migration, err: migration ? undefined : error },
      String((error as Error).message),
    );
    process.exit(1);
  },
);
