import { expect, test } from "@playwright/test";

import { seedUser, signInThroughPage } from "./helpers/users";

test("signs in through the page, reaches the dashboard, signs out, is sent back", async ({
  page,
}) => {
  const user = await seedUser("member");

  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await signInThroughPage(page, user);

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { name: "Tasks", level: 1 })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("member");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsettings$/);
});

test("a wrong password keeps you on sign-in with the generic message", async ({ page }) => {
  const user = await seedUser("viewer");

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "did not work" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("after signing in, the page asked for first is where you land", async ({ page }) => {
  const user = await seedUser("admin");

  await page.goto("/settings");
  await signInThroughPage(page, user);

  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
});
