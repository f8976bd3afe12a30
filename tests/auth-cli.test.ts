import { afterEach, describe, expect, it } from "vitest";

import { findTokenActor } from "@/lib/auth/find-token-actor";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { disconnectDb } from "@/lib/db/client";

import { runScript } from "./helpers/app";
import { createTestDatabase, type TestDatabase } from "./helpers/databases";

// Each test gets a database that nothing has migrated: the commands must do it.
const opened: TestDatabase[] = [];
const saved = process.env.DATABASE_URL;

async function newDatabase(): Promise<string> {
  const database = await createTestDatabase();
  opened.push(database);
  process.env.DATABASE_URL = database.url;
  return database.url;
}

afterEach(async () => {
  await disconnectDb();
  process.env.DATABASE_URL = saved;
  await Promise.all(opened.splice(0).map((database) => database.drop()));
});

function user(url: string, args: string[]) {
  return runScript("scripts/user.ts", { DATABASE_URL: url }, args);
}

function token(url: string, args: string[]) {
  return runScript("scripts/token.ts", { DATABASE_URL: url }, args);
}

describe("npm run user -- create", () => {
  it("creates a user on a new database, who can then sign in", async () => {
    const url = await newDatabase();

    const run = await user(url, [
      "create",
      "Ops@Example.test",
      "--role",
      "admin",
      "--password",
      "long enough",
    ]);

    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain("created admin ops@example.test");
    const signedIn = await verifyCredentials({
      email: "ops@example.test",
      password: "long enough",
      address: "cli-test",
    });
    expect(signedIn).toMatchObject({ email: "ops@example.test", role: "admin" });
  });

  it("fails clearly without a password when there is no terminal to ask on", async () => {
    const url = await newDatabase();

    const run = await user(url, ["create", "a@example.test", "--role", "member"]);

    expect(run.code).not.toBe(0);
    expect(run.output).toContain("no --password given and no terminal");
  });

  it("refuses an unknown role, a short password and a taken email", async () => {
    const url = await newDatabase();
    const args = ["create", "b@example.test", "--password", "long enough"];

    const badRole = await user(url, [...args, "--role", "owner"]);
    const shortPassword = await user(url, [
      "create",
      "c@example.test",
      "--role",
      "viewer",
      "--password",
      "short",
    ]);
    const first = await user(url, [...args, "--role", "viewer"]);
    const again = await user(url, [...args, "--role", "viewer"]);

    expect(badRole.code).not.toBe(0);
    expect(badRole.output).toContain("--role must be admin, member or viewer");
    expect(shortPassword.code).not.toBe(0);
    expect(shortPassword.output).toContain("at least 8 characters");
    expect(first.code).toBe(0);
    expect(again.code).not.toBe(0);
    expect(again.output).toContain("already exists");
  });
});

describe("npm run token -- create", () => {
  it("prints a working token once, for the named user", async () => {
    const url = await newDatabase();
    await user(url, ["create", "ci@example.test", "--role", "member", "--password", "long enough"]);

    const run = await token(url, ["create", "ci pipeline", "--user", "ci@example.test"]);

    expect(run.code, run.output).toBe(0);
    const value = /sc_[A-Za-z0-9_-]{20,}/.exec(run.output)?.[0];
    expect(value).toBeTruthy();
    const actor = await findTokenActor(value ?? "");
    expect(actor).toMatchObject({ email: "ci@example.test", role: "member", via: "token" });
  });

  it("fails clearly for an unknown user, on a database nobody migrated yet", async () => {
    const url = await newDatabase();

    const run = await token(url, ["create", "x", "--user", "nobody@example.test"]);

    expect(run.code).not.toBe(0);
    expect(run.output).toContain("no user with the email nobody@example.test");
  });
});
