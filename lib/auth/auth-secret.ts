import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

const SECRET_FILE = "auth-secret";

/**
 * AUTH_SECRET when set; otherwise the one kept in DATA_DIR, made on first use. Puts the
 * result in process.env.AUTH_SECRET so Auth.js and the proxy read the same value.
 */
export type Env = Record<string, string | undefined>;

export function resolveAuthSecret(options: { dataDir: string; env?: Env }): string {
  const env = options.env ?? process.env;
  const fromEnv = env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;

  const secret = readOrCreateSecret(
    path.join(/*turbopackIgnore: true*/ options.dataDir, SECRET_FILE),
  );
  env.AUTH_SECRET = secret;
  return secret;
}

function readOrCreateSecret(file: string): string {
  const existing = readSecret(file);
  if (existing) return existing;

  mkdirSync(path.dirname(file), { recursive: true });
  // Written aside and linked into place, so two processes starting at once never read a
  // half-written file, and the second one keeps the first one's secret.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(draft);
  }
  const created = readSecret(file);
  if (!created) throw new Error(`could not keep an auth secret in ${file}`);
  return created;
}

function readSecret(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8").trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
