import path from "node:path";

import { z } from "zod";

// Every setting has a working default, so a fresh checkout runs with none set.
const envSchema = z.object({
  DATABASE_URL: z.string().default("file:./data/soundcheck.db"),
  ANYINT_API_KEY: z.string().optional(),
  ANYINT_BASE_URL: z.string().url().optional(),
  PUBLIC_URL: z.string().url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().optional(),
  DATA_DIR: z.string().default("./data"),
  MEDIA_DIR: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  POLL_INTERVAL_SECONDS: z.coerce.number().positive().default(30),
  STALL_TIMEOUT_SECONDS: z.coerce.number().positive().default(1800),
  UPSTREAM_RATE_LIMIT: z
    .string()
    .regex(/^\d+\/\d+s$/, "UPSTREAM_RATE_LIMIT looks like 20/10s")
    .default("20/10s"),
  WEBHOOK_MAX_BYTES: z.coerce.number().int().positive().default(1_048_576),
  WEBHOOK_SIGNING_SECRET: z.string().min(16).optional(),
  WEBHOOK_SIGNATURE_HEADER: z.string().default("x-anyint-signature"),
  WEBHOOK_TIMESTAMP_HEADER: z.string().default("x-anyint-timestamp"),
  /** Which background workers this instance runs: all, none, or a list of receipts,poller. */
  WORKERS: z.string().default("all"),
});

export type Config = z.infer<typeof envSchema> & {
  dataDir: string;
  mediaDir: string;
  databaseProvider: "sqlite" | "postgresql";
};

export function databaseProviderOf(url: string): "sqlite" | "postgresql" {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with file: or postgresql:// (got "${url.split(":")[0]}:")`,
  );
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`Invalid configuration: ${problems.join("; ")}`);
  }

  const values = parsed.data;
  const dataDir = path.resolve(/*turbopackIgnore: true*/ values.DATA_DIR);
  return {
    ...values,
    dataDir,
    mediaDir: path.resolve(
      /*turbopackIgnore: true*/ values.MEDIA_DIR ?? path.join(dataDir, "media"),
    ),
    databaseProvider: databaseProviderOf(values.DATABASE_URL),
  };
}

let cached: { env: string; config: Config } | undefined;

/** loadConfig() for this process's environment, parsed once per distinct environment. */
export function getConfig(): Config {
  const key = Object.keys(envSchema.shape)
    .map((name) => process.env[name] ?? "")
    .join("\u0000");
  if (cached?.env !== key) cached = { env: key, config: loadConfig() };
  return cached.config;
}
