import { createHash } from "node:crypto";

import { logger as rootLogger, type Logger } from "@/lib/logger";

import { ProviderError } from "./errors";
import { parseQueryAnswer } from "./parse";
import { isObject, type Json, objectField, taskIdOf } from "./payload-fields";
import { getRateLimiter } from "./rate-limiter";
import { createPath, queryPath, type RouteSetName, routeSetName } from "./routes";
import { type Call, createRequester } from "./send-request";
import type { AnyIntClient, CreateOutcome, QueryOutcome } from "./types";

export const ANYINT_GATEWAY = "https://gateway.api.anyint.ai";

export { backoffMs, parseRetryAfter } from "./send-request";

export type ClientOptions = {
  baseUrl: string;
  apiKey: string;
  routes?: RouteSetName;
  timeoutMs?: number;
  rateLimit?: string;
  retries?: number;
  logger?: Logger;
};

/** The AnyIntClient for one provider and key: Bearer auth, JSON, the route table by name. */
export function createAnyIntClient(options: ClientOptions): AnyIntClient {
  const routes = options.routes ?? "anyint";
  const timeoutMs = options.timeoutMs ?? 15_000;
  const retries = options.retries ?? 3;
  const log = (options.logger ?? rootLogger).child({ module: "anyint", routes });
  const keyId = createHash("sha256").update(options.apiKey).digest("hex").slice(0, 16);
  const limiter = getRateLimiter(`${options.baseUrl}#${keyId}`, options.rateLimit ?? "20/10s");
  const send = createRequester({ ...options, timeoutMs, retries, limiter, log });

  return {
    async create({ kind, input, callBackUrl }): Promise<CreateOutcome> {
      const body = { ...requestBody(input), callBackUrl };
      const call: Call = {
        method: "POST",
        path: createPath(routes, kind, input),
        body,
        ids: { kind },
      };
      const answer = await send(call, false);
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
      const answer = await send({ method: "GET", path, ids: { kind, upstreamTaskId } }, true, most);
      const { providerCode, update } = parseQueryAnswer(kind, answer.body);
      return { update, httpStatus: answer.httpStatus, providerCode, latencyMs: answer.latencyMs };
    },
  };
}

/** The input as the provider takes it: our own helper fields are left out. */
function requestBody(input: unknown): Json {
  if (!isObject(input)) return {};
  const { sourceDuration: _sourceDuration, sourceModel: _sourceModel, ...rest } = input;
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
