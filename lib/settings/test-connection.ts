import { isProviderError } from "@/lib/anyint/errors";
import { getAnyIntClient } from "@/lib/anyint/client";

export type ConnectionCheck = { ok: boolean; message: string; latencyMs: number; code?: number };

const PROBE_TASK_ID = "soundcheck-connection-test";

/**
 * Asks the provider about a task that does not exist: any answer but a refused key, an
 * exhausted quota or silence means the key works and the provider is reachable.
 */
export async function testConnection(): Promise<ConnectionCheck> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    await getAnyIntClient().query({ kind: "music", upstreamTaskId: PROBE_TASK_ID, retries: 0 });
    return { ok: true, message: "The provider answered.", latencyMs: elapsed() };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    const code = error.providerCode ?? error.httpStatus;
    if (error.errorClass === "admin") {
      const message =
        code === 429
          ? "The provider says the account's credits are exhausted."
          : "The provider refused the API key.";
      return { ok: false, message, latencyMs: elapsed(), code };
    }
    if (error.errorClass === "retry_later") {
      return {
        ok: false,
        message: `The provider is unavailable: ${error.message}`,
        latencyMs: elapsed(),
        code,
      };
    }
    return {
      ok: true,
      message: "The provider answered and accepted the key.",
      latencyMs: elapsed(),
      code,
    };
  }
}
