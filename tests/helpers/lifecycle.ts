import { randomUUID } from "node:crypto";

import { createApiToken } from "@/lib/auth/create-api-token";
import { createUser } from "@/lib/auth/create-user";
import { getDb } from "@/lib/db/client";

import { freePort, type RunningApp, startApp } from "./app";
import { waitFor } from "./wait-for";

export type TaskJson = {
  id: string;
  kind: string;
  status: string;
  ready: boolean;
  upstreamTaskId: string | null;
  error: { code: string | null; message: string | null } | null;
  retryOf: string | null;
  input: Record<string, unknown>;
  parentTaskId: string | null;
  results: {
    tracks: {
      id: string;
      title: string | null;
      audioUrl: string | null;
      imageUrl: string | null;
    }[];
    wav: { audioUrl: string | null }[];
  };
  receipts?: { id: string; outcome: string; outcomeDetail: string | null }[];
  polls?: {
    trigger: string;
    httpStatus: number | null;
    providerCode: number | null;
    startedAt: string;
  }[];
};

export type Lifecycle = {
  app: RunningApp;
  simulatorUrl: string;
  token: string;
  api: (
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => Promise<Response>;
  stop: () => Promise<void>;
};

/** An admin with an API token, seeded straight into this test file's database. */
export async function seedAdmin(): Promise<string> {
  const user = await createUser({
    email: `admin-${randomUUID()}@example.test`,
    password: "correct horse battery",
    role: "admin",
  });
  return (await createApiToken({ userId: user.id, name: "tests" })).value;
}

/**
 * The built app on this file's database, with its simulator on a port the test knows,
 * callbacks and all: what the task lifecycle tests run against.
 */
export async function startLifecycle(
  env: Record<string, string> = {},
  token?: string,
): Promise<Lifecycle> {
  const simulatorPort = env.SIMULATOR_PORT ?? String(await freePort());
  const app = await startApp({
    DATABASE_URL: process.env.DATABASE_URL ?? "",
    SIMULATOR_PORT: simulatorPort,
    SIMULATOR_SPEED: "120",
    POLL_INTERVAL_SECONDS: "3600",
    ...env,
  });
  const bearer = token ?? (await seedAdmin());
  const api = (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${app.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${bearer}`,
        "content-type": "application/json",
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return {
    app,
    simulatorUrl: `http://127.0.0.1:${simulatorPort}`,
    token: bearer,
    api,
    stop: () => app.stop(),
  };
}

export async function createTask(
  life: Lifecycle,
  kind: string,
  input: unknown,
  headers?: Record<string, string>,
) {
  const response = await life.api("POST", "/api/tasks", { kind, input }, headers);
  const body = (await response.json()) as { task: TaskJson };
  return { response, task: body.task };
}

export async function getTask(life: Lifecycle, id: string): Promise<TaskJson> {
  const response = await life.api("GET", `/api/tasks/${id}`);
  if (response.status !== 200) throw new Error(`GET task ${id}: ${response.status}`);
  return ((await response.json()) as { task: TaskJson }).task;
}

export function waitForTask(
  life: Lifecycle,
  id: string,
  check: (task: TaskJson) => boolean,
  options: { timeout?: number; what?: string } = {},
): Promise<TaskJson> {
  return waitFor(
    async () => {
      const task = await getTask(life, id);
      return check(task) ? task : undefined;
    },
    { timeout: options.timeout ?? 30_000, every: 100, what: options.what ?? `task ${id}` },
  );
}

export function song(prompt: string) {
  return { customMode: false, instrumental: false, model: "V4_5", prompt };
}

/** Posts a callback body to a task's webhook URL, as the provider would. */
export function postCallback(
  life: Lifecycle,
  token: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${life.app.url}/api/webhooks/anyint/${token}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** What the simulator holds for a provider task id. */
export async function simulatorTask(life: Lifecycle, upstreamTaskId: string) {
  const response = await fetch(`${life.simulatorUrl}/_simulator/tasks/${upstreamTaskId}`);
  return response.ok ? ((await response.json()) as Record<string, unknown>) : undefined;
}

/** The token of the callback URL the provider was given for a task, read at the simulator. */
export async function callbackTokenOf(life: Lifecycle, upstreamTaskId: string): Promise<string> {
  const held = await simulatorTask(life, upstreamTaskId);
  const url = (held?.task as { callBackUrl?: string } | undefined)?.callBackUrl;
  if (!url) throw new Error(`the simulator holds no callback URL for ${upstreamTaskId}`);
  return url.split("/").at(-1) ?? "";
}

export async function receiptsOf(taskId: string) {
  const db = await getDb();
  return db.callbackReceipt.findMany({ where: { taskId }, orderBy: { receivedAt: "asc" } });
}
