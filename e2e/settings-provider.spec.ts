import { expect, test } from "@playwright/test";

import { seedUser, signInThroughPage } from "./helpers/users";

test("the settings page says how callbacks are verified and tests the connection", async ({
  page,
}) => {
  const admin = await seedUser("admin");
  await page.goto("/settings");
  await signInThroughPage(page, admin);

  const section = page.getByRole("region", { name: "Provider and callbacks" });
  await expect(section).toContainText("Built-in simulator");
  await expect(section.getByTestId("verification-mode")).toContainText("Confirming query");
  await expect(section).toContainText("/api/webhooks/anyint/{token}");

  await section.getByRole("button", { name: "Test the connection" }).click();
  await expect(section.getByRole("status")).toContainText("✓");
});
