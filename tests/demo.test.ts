import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client";

import { freePort, type RunningApp, startApp } from "./helpers/app";
import { testProvider } from "./helpers/databases";
import { signIn } from "./helpers/session";
import { waitFor } from "./helpers/wait-for";

describe(`npm run demo's start on ${testProvider()}`, () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp(
      { DATABASE_URL: process.env.DATABASE_URL ?? "", SIMULATOR_PORT: String(await freePort()) },
      ["--demo"],
    );
  });

  afterAll(async () => {
    await app?.stop();
  });

  it("creates a demo admin before it listens and prints how to sign in", async () => {
    await waitFor(() => app.output().includes("password:"), {
      what: "the demo admin's credentials",
    });
    const email = /email:\s+(\S+)/.exec(app.output())?.[1];
    const password = /password:\s+(\S+)/.exec(app.output())?.[1];

    expect(email).toBeTruthy();
    expect(password).toBeTruthy();
    const db = await getDb();
    expect(await db.user.findUnique({ where: { email: email ?? "" } })).toMatchObject({
      role: "admin",
    });
    const cookie = await signIn(app.url, email ?? "", password ?? "");
    const me = await fetch(`${app.url}/api/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
  });

  it("keeps the set-up page closed, since an admin exists", async () => {
    const response = await fetch(`${app.url}/setup`, { redirect: "manual" });

    expect(response.status).toBeGreaterThanOrEqual(300);
    expect(response.status).toBeLessThan(400);
  });
});
