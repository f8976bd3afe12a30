import { databaseProviderOf } from "@/lib/config";
import { getDb } from "@/lib/db/client";

export type Health = {
  ok: boolean;
  database: { provider: "sqlite" | "postgresql"; ok: boolean; latencyMs?: number; error?: string };
};

const DATABASE_TIMEOUT_MS = 3000;

export async function checkHealth(): Promise<Health> {
  const provider = databaseProviderOf(process.env.DATABASE_URL ?? "file:");
  const started = performance.now();
  try {
    const db = await getDb();
    await withTimeout(db.$queryRawUnsafe("SELECT 1"), DATABASE_TIMEOUT_MS);
    const latencyMs = Math.round(performance.now() - started);
    return { ok: true, database: { provider, ok: true, latencyMs } };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, database: { provider, ok: false, error: message } };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the database did not answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
