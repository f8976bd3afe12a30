import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { expect, test } from "@playwright/test";

import { type RunningApp, startApp } from "../tests/helpers/app";

// The suite's shared server has users as soon as any other spec ran, so first-run set-up
// gets an app and an empty database of its own.
let app: RunningApp;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "soundcheck-e2e-setup-"));
  app = await startApp({
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, "soundcheck.db")}`,
    WORKERS: "none",
  });
});

test.afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test("the first visit to a new install creates the admin, then set-up is gone", async ({
  page,
}) => {
  await page.goto(app.url);
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { name: "Welcome to Soundcheck" })).toBeVisible();

  await page.getByLabel("Email").fill("first@example.test");
  await page.getByLabel("Password", { exact: true }).fill("a good password");
  await page.getByLabel("Confirm password").fill("a good password");
  await page.getByRole("button", { name: "Create admin account" }).click();

  await expect(page.getByLabel("Signed in as")).toHaveText("first@example.test");
  await expect(page.getByRole("banner")).toContainText("admin");
  await page.goto(`${app.url}/setup`);
  await expect(page).not.toHaveURL(/\/setup$/);
});
