import { expect, test } from "@playwright/test";

import { seedUser, signInThroughPage } from "./helpers/users";

test("the app serves its first page to a signed-in user and reports itself healthy", async ({
  page,
  request,
}) => {
  const user = await seedUser("viewer");

  await page.goto("/");
  await signInThroughPage(page, user);

  await expect(page.getByRole("heading", { name: "Tasks", level: 1 })).toBeVisible();
  await expect(page).toHaveTitle(/Soundcheck/);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ ok: true });
});
