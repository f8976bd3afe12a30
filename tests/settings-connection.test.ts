import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { freePort, type RunningApp, startApp } from "./helpers/app";
import { testProvider } from "./helpers/databases";
import { bearer, seedToken, seedUser } from "./helpers/seed-users";

describe(`POST /api/settings/connection-test on ${testProvider()}`, () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp({
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      SIMULATOR_PORT: String(await freePort()),
    });
  });

  afterAll(async () => {
    await app?.stop();
  });

  async function probe(role: "admin" | "member") {
    const user = await seedUser({ role });
    const token = await seedToken(user.id);
    return fetch(`${app.url}/api/settings/connection-test`, {
      method: "POST",
      headers: bearer(token.value),
    });
  }

  it("reaches the simulator with the admin's request", async () => {
    const response = await probe("admin");

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it("is for admins only", async () => {
    expect((await probe("member")).status).toBe(403);
  });

  it("says so when the provider cannot be reached", async () => {
    const other = await startApp({
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      SIMULATOR_PORT: String(await freePort()),
      ANYINT_BASE_URL: `http://127.0.0.1:${await freePort()}`,
      ANYINT_API_KEY: "wrong",
    });
    try {
      const user = await seedUser({ role: "admin" });
      const token = await seedToken(user.id);
      const response = await fetch(`${other.url}/api/settings/connection-test`, {
        method: "POST",
        headers: bearer(token.value),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ ok: false });
    } finally {
      await other.stop();
    }
  });
});
