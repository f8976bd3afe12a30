import { randomBytes } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { NOT_SIGNED_IN } from "@/lib/auth/messages";
import { getDb } from "@/lib/db/client";

import { type RunningApp, startApp } from "./helpers/app";
import { bearer, seedToken, seedUser, type SeededUser } from "./helpers/seed-users";
import { signIn } from "./helpers/session";

type Call = { method: string; path: string; body?: unknown };
type Route = { name: string; need: "read" | "write" | "admin"; call: () => Promise<Call> };

let app: RunningApp;
let admin: SeededUser;
let adminCookie: string;
let adminToken: string;

/** A fresh target for each call, so every route can answer with success every time. */
async function tokenIdOf(user: SeededUser) {
  return (await seedToken(user.id, "target")).id;
}

const ROUTES: Route[] = [
  { name: "GET /api/me", need: "read", call: async () => ({ method: "GET", path: "/api/me" }) },
  {
    name: "GET /api/tokens",
    need: "read",
    call: async () => ({ method: "GET", path: "/api/tokens" }),
  },
  {
    name: "POST /api/tokens",
    need: "write",
    call: async () => ({ method: "POST", path: "/api/tokens", body: { name: "made in a test" } }),
  },
  {
    name: "DELETE /api/tokens/{id}",
    need: "write",
    call: async () => ({ method: "DELETE", path: `/api/tokens/${await tokenIdOf(admin)}` }),
  },
  {
    name: "GET /api/users",
    need: "admin",
    call: async () => ({ method: "GET", path: "/api/users" }),
  },
  {
    name: "POST /api/users",
    need: "admin",
    call: async () => ({
      method: "POST",
      path: "/api/users",
      body: {
        email: `new-${randomBytes(4).toString("hex")}@example.test`,
        password: "password-1",
        role: "viewer",
      },
    }),
  },
  {
    name: "PATCH /api/users/{id}",
    need: "admin",
    call: async () => ({
      method: "PATCH",
      path: `/api/users/${(await seedUser({ role: "viewer" })).id}`,
      body: { role: "member" },
    }),
  },
];

/** The task routes' gatekeeping; what they do is the lifecycle suites' business. */
const TASK_ROUTES: Route[] = [
  ["GET", "/api/tasks", "read"],
  ["GET", "/api/tasks/some-id", "read"],
  ["GET", "/api/events", "read"],
  ["POST", "/api/tasks", "write"],
  ["POST", "/api/tasks/some-id/refresh", "write"],
  ["POST", "/api/tasks/some-id/retry", "write"],
  ["POST", "/api/tasks/retry", "write"],
].map(([method, path, need]) => ({
  name: `${method} ${path}`,
  need: need as Route["need"],
  call: async () => ({
    method: method ?? "GET",
    path: path ?? "/",
    body: method === "POST" ? {} : undefined,
  }),
}));

const STATE_CHANGING = ROUTES.filter((route) => !route.name.startsWith("GET "));
const TASK_STATE_CHANGING = TASK_ROUTES.filter((route) => !route.name.startsWith("GET "));

async function send(call: Call, headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}${call.path}`, {
    method: call.method,
    headers: {
      ...(call.body === undefined ? {} : { "Content-Type": "application/json" }),
      ...headers,
    },
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  const body = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string };
  } | null;
  return { status: response.status, body };
}

beforeAll(async () => {
  app = await startApp({ DATABASE_URL: process.env.DATABASE_URL ?? "" });
  admin = await seedUser({ role: "admin" });
  adminCookie = await signIn(app.url, admin.email, admin.password);
  adminToken = (await seedToken(admin.id)).value;
});

afterAll(async () => {
  await app?.stop();
});

describe("protected API routes", () => {
  it.each(ROUTES)("$name answers 401 in the error shape without credentials", async (route) => {
    const { status, body } = await send(await route.call());

    expect(status).toBe(401);
    expect(body).toEqual({ error: { code: "unauthenticated", message: NOT_SIGNED_IN } });
  });

  it.each(ROUTES)("$name answers 401 with a made-up token or a forged cookie", async (route) => {
    const call = await route.call();

    expect((await send(call, bearer("sc_not-a-real-token"))).status).toBe(401);
    expect((await send(call, { Cookie: "soundcheck.session=forged" })).status).toBe(401);
  });

  it.each(ROUTES)("$name succeeds for an admin with a session", async (route) => {
    const { status } = await send(await route.call(), { Cookie: adminCookie, Origin: app.url });

    expect([200, 201]).toContain(status);
  });

  it.each(ROUTES)("$name succeeds for an admin with a token", async (route) => {
    const { status } = await send(await route.call(), bearer(adminToken));

    expect([200, 201]).toContain(status);
  });

  it.each(TASK_ROUTES)("$name answers 401 without credentials", async (route) => {
    const { status, body } = await send(await route.call());

    expect(status).toBe(401);
    expect(body?.error?.code).toBe("unauthenticated");
  });

  it.each(["/api/tasks", "/api/events"])(
    "GET %s answers 200 with a session and with a token",
    async (path) => {
      for (const headers of [{ Cookie: adminCookie }, bearer(adminToken)]) {
        const response = await fetch(`${app.url}${path}`, { headers });
        await response.body?.cancel();
        expect(response.status).toBe(200);
      }
    },
  );

  it("answers 401 for any other API route, existing or not, before its handler runs", async () => {
    for (const path of ["/api/tasks", "/api/events", "/api/no-such-route"]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(401);
    }
  });
});

describe("roles", () => {
  it("has state-changing routes to check", () => {
    expect(STATE_CHANGING.map((route) => route.name)).toEqual([
      "POST /api/tokens",
      "DELETE /api/tokens/{id}",
      "POST /api/users",
      "PATCH /api/users/{id}",
    ]);
  });

  it.each(STATE_CHANGING)(
    "$name answers 403 to a viewer, by session and by token",
    async (route) => {
      const viewer = await seedUser({ role: "viewer" });
      const cookie = await signIn(app.url, viewer.email, viewer.password);
      const token = (await seedToken(viewer.id)).value;

      const bySession = await send(await route.call(), { Cookie: cookie, Origin: app.url });
      const byToken = await send(await route.call(), bearer(token));

      expect(bySession.status).toBe(403);
      expect(bySession.body?.error?.code).toBe("forbidden");
      expect(byToken.status).toBe(403);
    },
  );

  it.each(TASK_STATE_CHANGING)("$name answers 403 to a viewer", async (route) => {
    const viewer = await seedUser({ role: "viewer" });
    const token = (await seedToken(viewer.id)).value;

    const { status, body } = await send(await route.call(), bearer(token));

    expect(status).toBe(403);
    expect(body?.error?.code).toBe("forbidden");
  });

  it("lets a viewer read, and a member manage only their own tokens", async () => {
    const viewer = await seedUser({ role: "viewer" });
    const member = await seedUser({ role: "member" });
    const memberToken = await seedToken(member.id);

    expect(
      (await send({ method: "GET", path: "/api/me" }, bearer((await seedToken(viewer.id)).value)))
        .status,
    ).toBe(200);
    expect(
      (await send({ method: "GET", path: "/api/users" }, bearer(memberToken.value))).status,
    ).toBe(403);
    const othersToken = await tokenIdOf(admin);
    const revokeOthers = await send(
      { method: "DELETE", path: `/api/tokens/${othersToken}` },
      bearer(memberToken.value),
    );
    expect(revokeOthers.status).toBe(404);
    const mint = await send(
      { method: "POST", path: "/api/tokens", body: { name: "mine" } },
      bearer(memberToken.value),
    );
    expect(mint.status).toBe(201);
  });

  it("reads the role afresh: a demoted member loses write access at once", async () => {
    const member = await seedUser({ role: "member" });
    const token = (await seedToken(member.id)).value;
    const call = { method: "POST", path: "/api/tokens", body: { name: "before" } };
    expect((await send(call, bearer(token))).status).toBe(201);

    await (await getDb()).user.update({ where: { id: member.id }, data: { role: "viewer" } });

    expect((await send(call, bearer(token))).status).toBe(403);
  });
});

describe("tokens", () => {
  it("stops working once revoked, and records when it was last used", async () => {
    const member = await seedUser({ role: "member" });
    const token = await seedToken(member.id);
    expect((await send({ method: "GET", path: "/api/me" }, bearer(token.value))).status).toBe(200);
    const db = await getDb();
    expect(
      (await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt,
    ).not.toBeNull();

    const revoke = await send(
      { method: "DELETE", path: `/api/tokens/${token.id}` },
      bearer(token.value),
    );
    expect(revoke.status).toBe(200);

    const after = await send({ method: "GET", path: "/api/me" }, bearer(token.value));
    expect(after.status).toBe(401);
    expect(after.body?.error?.code).toBe("unauthenticated");
  });

  it("keeps only a hash, and shows the value once", async () => {
    const created = await send(
      { method: "POST", path: "/api/tokens", body: { name: "ci" } },
      bearer(adminToken),
    );
    const value = (created.body as unknown as { value: string }).value;

    const rows = await (await getDb()).apiToken.findMany();
    expect(rows.some((row) => row.tokenHash === value || row.prefix === value)).toBe(false);
    const listed = await fetch(`${app.url}/api/tokens`, { headers: bearer(adminToken) });
    expect(await listed.text()).not.toContain(value);
  });
});

describe("cross-origin requests", () => {
  const mint = { method: "POST", path: "/api/tokens", body: { name: "cross" } };

  it("refuses a state-changing request with a session cookie from another origin", async () => {
    const byOrigin = await send(mint, { Cookie: adminCookie, Origin: "http://evil.example" });
    const bySite = await send(mint, { Cookie: adminCookie, "Sec-Fetch-Site": "cross-site" });

    expect(byOrigin.status).toBe(403);
    expect(byOrigin.body?.error?.code).toBe("forbidden");
    expect(bySite.status).toBe(403);
  });

  it("lets the same request through from the app's own origin, and with a token from anywhere", async () => {
    const sameOrigin = await send(mint, {
      Cookie: adminCookie,
      Origin: app.url,
      "Sec-Fetch-Site": "same-origin",
    });
    const withToken = await send(mint, { ...bearer(adminToken), Origin: "http://evil.example" });

    expect(sameOrigin.status).toBe(201);
    expect(withToken.status).toBe(201);
  });
});

describe("public routes", () => {
  it("serves health without credentials", async () => {
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });

  it("lets provider callbacks past the sign-in check to their own handler", async () => {
    const response = await fetch(`${app.url}/api/webhooks/anyint/not-a-known-token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    const body = (await response.json().catch(() => null)) as {
      error?: { message?: string };
    } | null;

    expect(response.status).not.toBe(403);
    expect(body?.error?.message).not.toBe(NOT_SIGNED_IN);
  });
});
