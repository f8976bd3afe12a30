import { createHash } from "node:crypto";

import { logger as rootLogger, type Logger } from "@/lib/logger";

import { classifyProviderCode, isProviderError, ProviderError } from "./errors";
import { parseQueryAnswer } from "./parse";
import { isObject, type Json, numberField, objectField, taskIdOf, text } from "./payload-fields";
import { getRateLimiter } from "./rate-limiter";
import { createPath, queryPath, type RouteSetName, routeSetName } from "./routes";
import type { AnyIntClient, CreateOutcome, QueryOutcome } from "./types";

export const ANYINT_GATEWAY = "https://gateway.api.anyint.ai";

export type ClientOptions = {
  baseUrl: string;
  apiKey: string;
  routes?: RouteSetName;
  timeoutMs?: number;
  rateLimit?: string;
  retries?: number;
  logger?: Logger;
};

type Answer = { body: Json; httpStatus: number; providerCode: number; latencyMs: number };
type Call = { method: "GET" | "POST"; path: string; body?: unknown; ids: Record<string, string> };

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

export function createAnyIntClient(options: ClientOptions): AnyIntClient {
  const routes = options.routes ?? "anyint";
  const timeoutMs = options.timeoutMs ?? 15_000;
  const retries = options.retries ?? 3;
  const log = (options.logger ?? rootLogger).child({ module: "anyint", routes });
  const keyId = createHash("sha256").update(options.apiKey).digest("hex").slice(0, 16);
  const limiter = getRateLimiter(`${options.baseUrl}#${keyId}`, options.rateLimit ?? "20/10s");
  const baseUrl = options.baseUrl.replace(/\/+$/, "");

  async function once(call: Call): Promise<Answer> {
    const release = await limiter.acquire();
    const started = Date.now();
    try {
      const response = await fetch(`${baseUrl}${call.path}`, {
        method: call.method,
        headers: {
          authorization: `Bearer ${options.apiKey}`,
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

  return {
    async create({ kind, input, callBackUrl }): Promise<CreateOutcome> {
      const body = { ...requestBody(input), callBackUrl };
      const call: Call = {
        method: "POST",
        path: createPath(routes, kind, input),
        body,
        ids: { kind },
      };
      const answer = await withRetries(call, false);
      const data = objectField(answer.body, "data") ?? answer.body;
      const upstreamTaskId = taskIdOf(data);
      if (!upstreamTaskId) {
        throw new ProviderError("The provider accepted the task but sent no task id", {
          errorClass: "admin",
          httpStatus: answer.httpStatus,
          providerCode: answer.providerCode,
        });
      }
      log.info({ kind, upstreamTaskId }, "task created at the provider");
      return { upstreamTaskId, httpStatus: answer.httpStatus, providerCode: answer.providerCode };
    },

    async query({ kind, upstreamTaskId, retries: most }): Promise<QueryOutcome> {
      const path = queryPath(routes, kind, upstreamTaskId);
      const answer = await withRetries(
        { method: "GET", path, ids: { kind, upstreamTaskId } },
        true,
        most,
      );
      const { providerCode, update } = parseQueryAnswer(kind, answer.body);
      return { update, httpStatus: answer.httpStatus, providerCode, latencyMs: answer.latencyMs };
    },
  };
}

/** The input as the provider takes it: our own helper fields are left out. */
function requestBody(input: unknown): Json {
  if (!isObject(input)) return {};
  const { sourceDuration: _sourceDuration, ...rest } = input;
  return rest;
}

const clientKey = Symbol.for("soundcheck.anyintClient");
type Cached = { id: string; client: AnyIntClient };

/** Where the client should send requests, from the environment. */
export function clientOptionsFromEnv(
  env: Record<string, string | undefined> = process.env,
): ClientOptions {
  const apiKey = env.ANYINT_API_KEY;
  const baseUrl = apiKey
    ? (env.ANYINT_BASE_URL ?? ANYINT_GATEWAY)
    : (env.SIMULATOR_URL ?? env.ANYINT_BASE_URL);
  if (!baseUrl) {
    throw new Error(
      "No ANYINT_API_KEY is set and no simulator is running (SIMULATOR_URL is unset)",
    );
  }
  return {
    baseUrl,
    apiKey: apiKey ?? "simulator",
    routes: routeSetName(env.ANYINT_ROUTES),
    rateLimit: env.UPSTREAM_RATE_LIMIT ?? "20/10s",
    timeoutMs: env.ANYINT_TIMEOUT_MS ? Number(env.ANYINT_TIMEOUT_MS) : undefined,
  };
}

/**
 * The process's client, built from the environment and kept on globalThis so the Next.js
 * bundle and the server around it use one. Rebuilt when the settings change (tests do that).
 */
export function getAnyIntClient(): AnyIntClient {
  const options = clientOptionsFromEnv();
  const id = JSON.stringify({
    ...options,
    apiKey: createHash("sha256").update(options.apiKey).digest("hex"),
  });
  const holder = globalThis as typeof globalThis & { [clientKey]?: Cached };
  const cached = holder[clientKey];
  if (cached && cached.id === id) return cached.client;
  const client = createAnyIntClient(options);
  holder[clientKey] = { id, client };
  return client;
}
