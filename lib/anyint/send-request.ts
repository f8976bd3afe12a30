import type { Logger } from "@/lib/logger";

import { classifyProviderCode, isProviderError, ProviderError } from "./errors";
import { isObject, type Json, numberField, text } from "./payload-fields";
import type { SlidingWindowLimiter } from "./rate-limiter";

// One provider request: rate-limited, timed out, its business code honoured, and retried
// with backoff when, and only when, the provider says to try again later.

export type Answer = { body: Json; httpStatus: number; providerCode: number; latencyMs: number };
export type Call = {
  method: "GET" | "POST";
  path: string;
  body?: unknown;
  ids: Record<string, string>;
};

const BASE_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;

/** Seconds or an HTTP date, as the header allows; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with jitter, unless the provider said how long to wait. */
export function backoffMs(attempt: number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const ceiling = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function failureFrom(answer: Omit<Answer, "latencyMs">, retryAfterMs?: number): ProviderError {
  const code = answer.providerCode !== 200 ? answer.providerCode : answer.httpStatus;
  const said = text(answer.body, "msg") ?? text(answer.body, "message") ?? "no message";
  return new ProviderError(`The provider answered ${code}: ${said}`, {
    errorClass: classifyProviderCode(code),
    httpStatus: answer.httpStatus,
    providerCode: answer.providerCode,
    retryAfterMs,
  });
}

/** Whether a request that failed in transit may have reached the provider. */
function reachedProvider(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code !== "ECONNREFUSED" && cause?.code !== "ENOTFOUND";
}

function networkFailure(error: unknown, timeoutMs: number): ProviderError {
  const timedOut = error instanceof Error && error.name === "TimeoutError";
  const message = timedOut
    ? `The provider did not answer within ${timeoutMs} ms`
    : `Could not reach the provider: ${error instanceof Error ? error.message : String(error)}`;
  const failure = new ProviderError(message, { errorClass: "retry_later", cause: error });
  return Object.assign(failure, { maybeDelivered: timedOut || reachedProvider(error) });
}

async function readBody(response: Response): Promise<Json> {
  const raw = await response.text();
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    return isObject(parsed) ? parsed : { value: parsed };
  } catch {
    return { message: `not JSON: ${raw.slice(0, 120)}` };
  }
}

export type RequesterOptions = {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  retries: number;
  limiter: SlidingWindowLimiter;
  log: Logger;
};

export function createRequester(options: RequesterOptions) {
  const { apiKey, timeoutMs, retries, limiter, log } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, "");

  async function once(call: Call): Promise<Answer> {
    const release = await limiter.acquire();
    const started = Date.now();
    try {
      const response = await fetch(`${baseUrl}${call.path}`, {
        method: call.method,
        headers: {
          authorization: `Bearer ${apiKey}`,
          accept: "application/json",
          ...(call.body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = await readBody(response);
      const answer = {
        body,
        httpStatus: response.status,
        providerCode: numberField(body, "code") ?? response.status,
      };
      // The business code in the body wins: the provider may say 200 over HTTP and not mean it.
      if (answer.providerCode !== 200 || !response.ok) {
        throw failureFrom(answer, parseRetryAfter(response.headers.get("retry-after")));
      }
      return { ...answer, latencyMs: Date.now() - started };
    } catch (error) {
      if (isProviderError(error)) throw error;
      throw networkFailure(error, timeoutMs);
    } finally {
      release();
    }
  }

  /**
   * Retries only the retry-later class. A create that may have reached the provider
   * (timed out, connection reset) is not sent again: that could start a second paid job.
   */
  async function withRetries(call: Call, idempotent: boolean, most = retries): Promise<Answer> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await once(call);
      } catch (error) {
        if (!isProviderError(error) || error.errorClass !== "retry_later") throw error;
        const delivered = (error as ProviderError & { maybeDelivered?: boolean }).maybeDelivered;
        if (attempt >= most || (!idempotent && delivered)) throw error;
        const wait = backoffMs(attempt, error.retryAfterMs);
        log.warn(
          { ...call.ids, path: call.path, code: error.providerCode, attempt, waitMs: wait },
          "provider asked to retry later; backing off",
        );
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  return withRetries;
}
