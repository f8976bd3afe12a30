import { expect, test } from "@playwright/test";

test("the app serves its first page and reports itself healthy", async ({ page, request }) => {
  await page.goto("/");

  await expect(page.getByRole("heading", { name: "Soundcheck" })).toBeVisible();
  await expect(page).toHaveTitle(/Soundcheck/);
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ ok: true });
});
