import type { IncomingMessage, ServerResponse } from "node:http";

import { ROUTES } from "@/lib/anyint/routes";
import type { TaskKind } from "@/lib/tasks/status";

import { queryData } from "./build-payloads";
import { createTask } from "./create-task";
import { mediaFor } from "./media-library";
import { statusAt } from "./plan-task";
import { serveBytes } from "./serve-bytes";
import { type Answer, providerAnswer, type SimContext } from "./sim-context";

// Both route tables (AnyInt's and sunoapi.org's) lead to the same tasks.

const MAX_BODY_BYTES = 1_048_576;

function createRoutes(): Map<string, { kind: TaskKind; splitStem: boolean }> {
  const routes = new Map<string, { kind: TaskKind; splitStem: boolean }>();
  for (const set of Object.values(ROUTES)) {
    for (const [key, path] of Object.entries(set.create)) {
      // sunoapi.org shares one path for both vocal-removal types; its body's `type` decides.
      if (routes.has(path)) continue;
      const splitStem = key === "split-stem";
      routes.set(path, { kind: splitStem ? "vocal-removal" : (key as TaskKind), splitStem });
    }
  }
  return routes;
}

const CREATE = createRoutes();
const QUERY = new Set(Object.values(ROUTES).flatMap((set) => Object.values(set.query)));

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error("body too large");
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

function rateLimited(context: SimContext): Answer | undefined {
  const waitMs = context.rateLimit?.take() ?? 0;
  if (waitMs === 0) return undefined;
  const headers = { "retry-after": String(Math.max(1, Math.ceil(waitMs / 1000))) };
  return { status: 429, body: { code: 430, msg: "Request rate too high", data: null }, headers };
}

async function create(context: SimContext, request: IncomingMessage, path: string) {
  const route = CREATE.get(path);
  if (!route) return undefined;
  const body = await readJson(request).catch(() => undefined);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return providerAnswer(400, "The body must be a JSON object");
  }
  const fields = body as Record<string, unknown>;
  return createTask(
    context,
    route.kind,
    route.splitStem ? { ...fields, type: "split_stem" } : fields,
  );
}

function query(context: SimContext, url: URL): Answer {
  const task = context.store.tasks.get(url.searchParams.get("taskId") ?? "");
  if (!task) return providerAnswer(400, "taskId not found");
  const status = statusAt(task.events, Date.now());
  return providerAnswer(200, "success", queryData(task, status, context.baseUrl()));
}

async function providerRoute(context: SimContext, request: IncomingMessage, url: URL) {
  if (!/^Bearer \S+/.test(request.headers.authorization ?? "")) {
    return { status: 401, body: { code: 401, msg: "Authentication failed", data: null } };
  }
  const limited = rateLimited(context);
  if (limited) return limited;
  if (request.method === "POST") return create(context, request, url.pathname);
  if (request.method === "GET" && QUERY.has(url.pathname)) return query(context, url);
  return undefined;
}

function introspection(context: SimContext, url: URL): Answer | undefined {
  if (url.pathname === "/_simulator/health") return { status: 200, body: { ok: true } };
  if (url.pathname === "/_simulator/requests") {
    return { status: 200, body: { requests: context.requests.list() } };
  }
  const task = /^\/_simulator\/tasks\/([^/]+)$/.exec(url.pathname);
  if (!task) return undefined;
  const found = context.store.tasks.get(task[1] ?? "");
  if (!found) return { status: 404, body: { error: "no such task" } };
  return { status: 200, body: { task: found, status: statusAt(found.events, Date.now()) } };
}

function media(context: SimContext, request: IncomingMessage, response: ServerResponse, url: URL) {
  const match = /^\/_simulator\/media\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (!match || (request.method !== "GET" && request.method !== "HEAD")) return false;
  const task = context.store.tasks.get(match[1] ?? "");
  const file = task && mediaFor(task, match[2] ?? "", context.videoPath);
  if (!file) response.writeHead(404, { "content-type": "text/plain" }).end("no such file");
  else serveBytes(request, response, file.body, file.contentType);
  return true;
}

function send(response: ServerResponse, answer: Answer) {
  const headers = { "content-type": "application/json", ...answer.headers };
  response.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
}

export function createRequestHandler(context: SimContext) {
  return async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://simulator");
    if (media(context, request, response, url)) return;
    if (url.pathname.startsWith("/_simulator/")) {
      return send(
        response,
        introspection(context, url) ?? { status: 404, body: { error: "not found" } },
      );
    }

    const at = Date.now();
    const answer = (await providerRoute(context, request, url)) ?? {
      status: 404,
      body: { code: 404, msg: `No route ${request.method} ${url.pathname}`, data: null },
    };
    context.requests.add({
      at,
      method: request.method ?? "",
      path: url.pathname,
      status: answer.status,
    });
    send(response, answer);
  };
}
