import { randomBytes } from "node:crypto";

import { expect, test } from "@playwright/test";

import { seedUser, signInThroughPage } from "./helpers/users";

test("a music task made through the form goes live to SUCCESS and its track plays", async ({
  page,
}) => {
  const member = await seedUser("member");
  await page.goto("/tasks/new");
  await signInThroughPage(page, member);
  const prompt = `a song from the form ${randomBytes(4).toString("hex")}`;

  await page.getByLabel("Prompt").fill(prompt);
  await page.getByRole("button", { name: "Create task" }).click();

  await expect(page).toHaveURL(/\/tasks\/(?!new)[\w-]+$/);
  const status = page.getByTestId("task-status");
  await expect(status).toHaveAttribute("data-status", "SUCCESS", { timeout: 45_000 });
  await expect(status).toContainText("Ready");
  const tracks = page.getByRole("article");
  await expect(tracks).toHaveCount(2);
  await expect(page.getByRole("region", { name: "Stages" })).not.toContainText("not yet");

  const first = tracks.first();
  await expect(first.getByRole("link", { name: /^Download / })).toBeVisible();
  await first.getByRole("button", { name: /^Play / }).click();
  const audio = first.locator("audio");
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime))
    .toBeGreaterThan(0.5);
  await expect(first.getByRole("button", { name: /^Pause / })).toBeVisible();
  await first.getByRole("slider", { name: /^Seek / }).fill("6");
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime))
    .toBeGreaterThanOrEqual(6);
});

test("a simple-mode prompt over 500 characters shows the limit and disables submit", async ({
  page,
}) => {
  const member = await seedUser("member");
  await page.goto("/tasks/new");
  await signInThroughPage(page, member);
  const submit = page.getByRole("button", { name: "Create task" });

  await page.getByLabel("Prompt").fill("la ".repeat(150));
  await expect(page.getByText("450 / 500 characters")).toBeVisible();
  await expect(submit).toBeEnabled();

  await page.getByLabel("Prompt").fill("x".repeat(501));
  await expect(
    page.getByText("Prompt is 501 characters; simple mode allows at most 500"),
  ).toBeVisible();
  await expect(page.getByLabel("Prompt")).toHaveAttribute("aria-invalid", "true");
  await expect(submit).toBeDisabled();
});

test("custom mode asks for style and title, counted against the chosen model", async ({ page }) => {
  const member = await seedUser("member");
  await page.goto("/tasks/new");
  await signInThroughPage(page, member);

  await page.getByLabel("Custom").check();
  await page.getByLabel("Model").selectOption("V4");
  await page.getByLabel("Title").fill("t".repeat(81));

  await expect(page.getByText("81 / 80 characters")).toBeVisible();
  await expect(page.getByText("Title is 81 characters; V4 allows at most 80")).toBeVisible();
  await expect(page.getByText("Style is required in custom mode")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create task" })).toBeDisabled();
});

test("a lyrics task counts words against 200 and shows its lyrics when done", async ({ page }) => {
  const member = await seedUser("member");
  await page.goto("/tasks/new");
  await signInThroughPage(page, member);
  await page.getByLabel("Kind").selectOption("lyrics");
  const prompt = page.getByLabel("Prompt");
  const submit = page.getByRole("button", { name: "Create task" });

  await prompt.fill("word ".repeat(201));
  await expect(page.getByText("201 / 200 words")).toBeVisible();
  await expect(page.getByText("Prompt is 201 words; lyrics allow at most 200")).toBeVisible();
  await expect(submit).toBeDisabled();

  const topic = `a rainy night in the city ${randomBytes(4).toString("hex")}`;
  await prompt.fill(topic);
  await submit.click();

  await expect(page.getByTestId("task-status")).toHaveAttribute("data-status", "SUCCESS", {
    timeout: 45_000,
  });
  const lyrics = page.getByRole("region", { name: "Simulated lyrics 1" });
  await expect(lyrics).toContainText(`A simulated song about ${topic}`);
});

test("a kind made from a track shows what the server refuses on the form", async ({ page }) => {
  const member = await seedUser("member");
  await page.goto("/tasks/new");
  await signInThroughPage(page, member);
  await page.getByLabel("Kind").selectOption("wav");
  const submit = page.getByRole("button", { name: "Create task" });
  await expect(page.getByText("taskId: is required")).toBeVisible();
  await expect(submit).toBeDisabled();

  await page.getByLabel("Parent task id").fill("no-such-task");
  await submit.click();

  await expect(page.getByRole("alert").filter({ hasText: "no-such-task" })).toContainText(
    "Task no-such-task does not exist.",
  );
  await expect(page).toHaveURL(/\/tasks\/new$/);
});
