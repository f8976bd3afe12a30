import { randomBytes } from "node:crypto";

import { expect, type Page, test } from "@playwright/test";

import { seedUser, signInThroughPage } from "./helpers/users";

type Task = { id: string; status: string };

async function createMusicTask(page: Page, prompt: string): Promise<Task> {
  const response = await page.request.post("/api/tasks", {
    data: { kind: "music", input: { customMode: false, instrumental: false, model: "V4", prompt } },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { task: Task }).task;
}

test("a finished track's WAV action makes a linked WAV task and opens it", async ({ page }) => {
  const member = await seedUser("member");
  await page.goto("/");
  await signInThroughPage(page, member);
  const parent = await createMusicTask(page, `for a wav ${randomBytes(4).toString("hex")}`);

  await page.goto(`/tasks/${parent.id}`);
  await expect(page.getByTestId("task-status")).toHaveAttribute("data-status", "SUCCESS", {
    timeout: 45_000,
  });
  const track = page.getByRole("article").nth(1);
  await track.getByRole("button", { name: "WAV" }).click();

  await expect(page).not.toHaveURL(new RegExp(`/tasks/${parent.id}$`));
  await expect(page.getByRole("link", { name: parent.id })).toBeVisible();
  await expect(page.getByTestId("task-status")).toHaveAttribute("data-status", "SUCCESS", {
    timeout: 45_000,
  });
  const wav = page.getByRole("region", { name: "WAV 1" });
  await expect(wav.getByRole("link", { name: "Download WAV 1" })).toBeVisible();
  await expect(wav.getByRole("button", { name: "Play WAV 1" })).toBeVisible();
});

test("Extend, Video, Stems and Cover art each make their kind of task, with its media", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const member = await seedUser("member");
  await page.goto("/");
  await signInThroughPage(page, member);
  const parent = await createMusicTask(page, `for actions ${randomBytes(4).toString("hex")}`);
  const media = {
    Extend: page.getByRole("article"),
    Video: page.getByRole("region", { name: "Video 1" }).locator("video"),
    Stems: page.getByRole("region", { name: "Stems" }).getByRole("button", { name: "Play vocal" }),
    "Cover art": page.getByRole("region", { name: "Images" }).getByRole("img"),
  };

  for (const [action, result] of Object.entries(media)) {
    await page.goto(`/tasks/${parent.id}`);
    await expect(page.getByTestId("task-status")).toHaveAttribute("data-status", "SUCCESS", {
      timeout: 45_000,
    });
    await page.getByRole("article").first().getByRole("button", { name: action }).click();
    await expect(page.getByRole("link", { name: parent.id })).toBeVisible();
    await expect(page.getByTestId("task-status")).toHaveAttribute("data-status", "SUCCESS", {
      timeout: 45_000,
    });
    await expect(result.first()).toBeVisible();
  }
});

test("Retry on a refused task takes edited input and opens the new attempt", async ({ page }) => {
  const member = await seedUser("member");
  await page.goto("/");
  await signInThroughPage(page, member);
  const tag = randomBytes(4).toString("hex");
  const failed = await createMusicTask(page, `[sim:refuse=400] edit me ${tag}`);

  await page.goto(`/tasks/${failed.id}`);
  await expect(page.getByRole("alert").filter({ hasText: "refused" })).toBeVisible();
  await page.getByRole("button", { name: "Retry" }).click();
  const editor = page.getByLabel("Input JSON");
  const edited = { customMode: false, instrumental: false, model: "V4", prompt: `fixed ${tag}` };
  await editor.fill("{ not json");
  await expect(page.getByText("The input is not valid JSON")).toBeVisible();
  await expect(page.getByRole("button", { name: "Retry with this input" })).toBeDisabled();
  await editor.fill(JSON.stringify(edited));
  await page.getByRole("button", { name: "Retry with this input" }).click();

  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("edit me");
  await expect(page.getByRole("link", { name: failed.id })).toBeVisible();
  await expect(page.getByTestId("task-status")).toHaveAttribute("data-status", "SUCCESS", {
    timeout: 45_000,
  });
  await expect(page.getByRole("region", { name: "Callbacks and polls" })).toContainText(
    "complete: APPLIED",
  );
});

test("Refresh now asks the provider and the poll shows up with its raw JSON", async ({ page }) => {
  const member = await seedUser("member");
  await page.goto("/");
  await signInThroughPage(page, member);
  const task = await createMusicTask(page, `to refresh ${randomBytes(4).toString("hex")}`);

  await page.goto(`/tasks/${task.id}`);
  await expect(page.getByTestId("task-status")).toHaveAttribute("data-status", "SUCCESS", {
    timeout: 45_000,
  });
  await page.getByRole("button", { name: "Refresh now" }).click();

  const log = page.getByRole("list", { name: "Callbacks and polls" });
  const poll = log.getByRole("listitem").filter({ hasText: "refresh: HTTP 200, saw SUCCESS" });
  await expect(poll).toHaveCount(1);
  await poll.getByText("refresh: HTTP 200").click();
  await expect(poll.locator("pre")).toContainText('"trigger": "refresh"');
});

test("a viewer sees a task but no Refresh, Retry or track actions", async ({ page, browser }) => {
  const member = await seedUser("member");
  await page.goto("/");
  await signInThroughPage(page, member);
  const task = await createMusicTask(page, `for a viewer ${randomBytes(4).toString("hex")}`);

  const viewer = await seedUser("viewer");
  const context = await browser.newContext();
  const viewerPage = await context.newPage();
  await viewerPage.goto(`/tasks/${task.id}`);
  await signInThroughPage(viewerPage, viewer);
  await expect(viewerPage.getByTestId("task-status")).toHaveAttribute("data-status", "SUCCESS", {
    timeout: 45_000,
  });
  await expect(viewerPage.getByRole("article")).toHaveCount(2);
  await expect(viewerPage.getByRole("button", { name: "Refresh now" })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "WAV" })).toHaveCount(0);
  await expect(viewerPage.getByRole("link", { name: "New task" })).toHaveCount(0);
  await context.close();
});
