import { expect, test } from "@playwright/test";

import { seedUser, signInThroughPage } from "./helpers/users";

test("an admin creates a token, sees it once, uses it, and revokes it", async ({
  page,
  request,
}) => {
  const admin = await seedUser("admin");
  await page.goto("/settings");
  await signInThroughPage(page, admin);

  await page.getByLabel("Token name").fill("from the browser");
  await page.getByRole("button", { name: "Create token" }).click();
  const value = await page.getByLabel("New token").inputValue();
  expect(value).toMatch(/^sc_/);
  const me = await request.get("/api/me", { headers: { Authorization: `Bearer ${value}` } });
  expect(await me.json()).toMatchObject({ user: { email: admin.email, via: "token" } });

  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByLabel("New token")).toHaveCount(0);
  await page.reload();
  const row = page.getByRole("row", { name: /from the browser/ });
  await expect(row).not.toContainText("never");
  await row.getByRole("button", { name: "Revoke from the browser" }).click();
  await expect(row).toContainText("Revoked");
  const after = await request.get("/api/me", { headers: { Authorization: `Bearer ${value}` } });
  expect(after.status()).toBe(401);
});

test("an admin adds a viewer and changes their role", async ({ page }) => {
  const admin = await seedUser("admin");
  await page.goto("/settings");
  await signInThroughPage(page, admin);
  const email = `added-${Date.now()}@example.test`;

  await page.getByLabel("New user’s email").fill(email);
  await page.getByLabel("Initial password").fill("a good password");
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Add user" }).click();

  const role = page.getByLabel(`Role of ${email}`);
  await expect(role).toHaveValue("viewer");
  const saved = page.waitForResponse(
    (response) => response.url().includes("/api/users/") && response.request().method() === "PATCH",
  );
  await role.selectOption("member");
  expect((await saved).status()).toBe(200);
  await page.reload();
  await expect(page.getByLabel(`Role of ${email}`)).toHaveValue("member");
});

test("a viewer sees their tokens but cannot create one, and no users section", async ({ page }) => {
  const viewer = await seedUser("viewer");
  await page.goto("/settings");
  await signInThroughPage(page, viewer);

  await expect(page.getByText("Viewers cannot create tokens")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create token" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Users" })).toHaveCount(0);
});
