import { randomBytes } from "node:crypto";

import { expect, type Page } from "@playwright/test";

import type { Role } from "@/lib/auth/roles";

import { runScript } from "../../tests/helpers/app";
import { E2E_DATABASE_URL } from "./e2e-server";

export type E2eUser = { email: string; password: string; role: Role };

/** A new user in the suite's database, made the way an operator would: npm run user. */
export async function seedUser(role: Role, databaseUrl = E2E_DATABASE_URL): Promise<E2eUser> {
  const email = `${role}-${randomBytes(4).toString("hex")}@example.test`;
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const args = ["create", email, "--role", role, "--password", password];
  const run = await runScript("scripts/user.ts", { DATABASE_URL: databaseUrl }, args);
  if (run.code !== 0) throw new Error(`could not seed ${email}:\n${run.output}`);
  return { email, password, role };
}

/** Fills in the sign-in page and waits until the app shows the user as signed in. */
export async function signInThroughPage(page: Page, user: E2eUser): Promise<void> {
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Signed in as")).toHaveText(user.email);
}
