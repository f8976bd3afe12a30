import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { SIGN_IN_REFUSED } from "@/lib/auth/messages";
import { getDb } from "@/lib/db/client";

import { type RunningApp, startApp } from "./helpers/app";
import { seedUser } from "./helpers/seed-users";
import { attemptSignIn, signIn, signOut } from "./helpers/session";

let app: RunningApp;

beforeAll(async () => {
  app = await startApp({ DATABASE_URL: process.env.DATABASE_URL ?? "" });
});

afterAll(async () => {
  await app?.stop();
});

async function me(cookie: string) {
  return fetch(`${app.url}/api/me`, { headers: { Cookie: cookie } });
}

/** The message the sign-in page shows where Auth.js sent a refused attempt. */
async function messageAt(location: string | null): Promise<string | undefined> {
  if (!location) return undefined;
  const html = await (await fetch(new URL(location, app.url))).text();
  return /role="alert"[^>]*>([^<]*)</.exec(html)?.[1];
}

describe("signing in over HTTP", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie, not Secure on plain http", async () => {
    const user = await seedUser({ role: "member" });

    const attempt = await attemptSignIn(app.url, user.email, user.password);

    expect(attempt.cookie).toBeTruthy();
    expect(attempt.setCookie).toMatch(/HttpOnly/i);
    expect(attempt.setCookie).toMatch(/SameSite=Lax/i);
    expect(attempt.setCookie).not.toMatch(/Secure/i);
    expect(attempt.location).toBe("/");
    const response = await me(attempt.cookie ?? "");
    expect(await response.json()).toMatchObject({ user: { email: user.email, via: "session" } });
  });

  it("accepts the email in any case", async () => {
    const user = await seedUser({ role: "viewer" });

    expect(await signIn(app.url, user.email.toUpperCase(), user.password)).toBeTruthy();
  });

  it("refuses a wrong password with the generic message and no cookie", async () => {
    const user = await seedUser({ role: "member" });

    const attempt = await attemptSignIn(app.url, user.email, "not the password");

    expect(attempt.cookie).toBeNull();
    expect(attempt.location).toMatch(/^\/sign-in\?error=/);
    expect(await messageAt(attempt.location)).toBe(SIGN_IN_REFUSED);
  });
});

describe("sessions live in the database", () => {
  it("signing out deletes the session, so the old cookie no longer works", async () => {
    const user = await seedUser({ role: "member" });
    const cookie = await signIn(app.url, user.email, user.password);
    expect((await me(cookie)).status).toBe(200);

    await signOut(app.url, cookie);

    expect((await me(cookie)).status).toBe(401);
    const rows = await (await getDb()).session.count({ where: { userId: user.id } });
    expect(rows).toBe(0);
  });

  it("a session whose row was deleted is refused at once", async () => {
    const user = await seedUser({ role: "admin" });
    const cookie = await signIn(app.url, user.email, user.password);
    expect((await me(cookie)).status).toBe(200);

    await (await getDb()).session.deleteMany({ where: { userId: user.id } });

    expect((await me(cookie)).status).toBe(401);
  });

  it("sends pages without a live session to sign-in", async () => {
    const user = await seedUser({ role: "admin" });
    const cookie = await signIn(app.url, user.email, user.password);
    await (await getDb()).session.deleteMany({ where: { userId: user.id } });

    const anonymous = await fetch(`${app.url}/settings`, { redirect: "manual" });
    const stale = await fetch(`${app.url}/settings`, {
      redirect: "manual",
      headers: { Cookie: cookie },
    });

    expect(anonymous.status).toBe(307);
    expect(anonymous.headers.get("location")).toContain("/sign-in");
    expect([303, 307]).toContain(stale.status);
    expect(stale.headers.get("location")).toContain("/sign-in");
  });
});

describe("throttling", () => {
  it("refuses the tenth failed sign-in in a row unchecked, with the unknown-account message", async () => {
    const user = await seedUser({ role: "member" });
    for (let attempt = 1; attempt <= 9; attempt++) {
      const failed = await attemptSignIn(app.url, user.email, `wrong ${attempt}`);
      expect(failed.cookie, `attempt ${attempt}`).toBeNull();
    }

    const tenth = await attemptSignIn(app.url, user.email, user.password);
    const unknown = await attemptSignIn(app.url, "nobody-here@example.test", "whatever-it-is");

    expect(tenth.cookie).toBeNull();
    expect(tenth.location).toBe(unknown.location);
    expect(await messageAt(tenth.location)).toBe(SIGN_IN_REFUSED);
    expect(await messageAt(unknown.location)).toBe(SIGN_IN_REFUSED);
  });
});

describe("with an https PUBLIC_URL", () => {
  let secureApp: RunningApp;

  beforeAll(async () => {
    secureApp = await startApp({
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      PUBLIC_URL: "https://soundcheck.example.com",
    });
  });

  afterAll(async () => {
    await secureApp?.stop();
  });

  it("marks the session cookie Secure and gives it the __Secure- prefix", async () => {
    const user = await seedUser({ role: "member" });

    const attempt = await attemptSignIn(secureApp.url, user.email, user.password);

    expect(attempt.setCookie).toMatch(/^__Secure-soundcheck\.session=/);
    expect(attempt.setCookie).toMatch(/; Secure/i);
    expect(attempt.setCookie).toMatch(/HttpOnly/i);
  });
});
