import { randomBytes } from "node:crypto";

import { expect, type Page, test } from "@playwright/test";

import { seedUser, signInThroughPage } from "./helpers/users";

type CreatedTask = { task: { id: string; status: string; error: { message: string } | null } };

/** Creates a music task over the API with the page's own session, as another tab would. */
async function createMusicTask(page: Page, prompt: string): Promise<CreatedTask["task"]> {
  const response = await page.request.post("/api/tasks", {
    data: {
      kind: "music",
      input: { customMode: false, instrumental: false, model: "V4_5", prompt },
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as CreatedTask).task;
}

test("the list shows a new task live and filters by status", async ({ page }) => {
  const member = await seedUser("member");
  await page.goto("/");
  await signInThroughPage(page, member);
  await expect(page.getByRole("heading", { name: "Tasks", level: 1 })).toBeVisible();
  const tag = randomBytes(4).toString("hex");
  await page.getByLabel("Search").fill(tag);
  await expect(page.getByRole("heading", { name: "No tasks match" })).toBeVisible();

  await createMusicTask(page, `live in the list ${tag}`);
  await createMusicTask(page, `[sim:refuse=400] refused ${tag}`);

  const live = page.getByRole("row", { name: new RegExp(`live in the list ${tag}`) });
  const refused = page.getByRole("row", { name: new RegExp(`refused ${tag}`) });
  await expect(live).toBeVisible();
  await expect(refused.getByTestId("task-status")).toHaveAttribute(
    "data-status",
    "CREATE_TASK_FAILED",
  );

  await page.getByLabel("Status").selectOption({ label: "Failed or timed out" });
  await expect(refused).toBeVisible();
  await expect(live).toHaveCount(0);

  await page.getByLabel("Status").selectOption("SUCCESS");
  await expect(refused).toHaveCount(0);
  await expect(live.getByTestId("task-status")).toHaveAttribute("data-status", "SUCCESS", {
    timeout: 45_000,
  });

  await expect(page).toHaveURL(new RegExp(`/\\?status=SUCCESS&q=${tag}$`));
  await page.reload();
  await expect(page.getByLabel("Status")).toHaveValue("SUCCESS");
  await expect(live).toBeVisible();
  await expect(refused).toHaveCount(0);
});

test("a refused task shows its error and Retry failed makes a linked new attempt", async ({
  page,
}) => {
  const member = await seedUser("member");
  await page.goto("/");
  await signInThroughPage(page, member);
  const tag = randomBytes(4).toString("hex");
  await page.getByLabel("Search").fill(tag);
  const failed = await createMusicTask(page, `[sim:refuse=400*1] once refused ${tag}`);
  expect(failed.status).toBe("CREATE_TASK_FAILED");

  const rows = page.getByRole("row", { name: new RegExp(`once refused ${tag}`) });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("refused the request as invalid");

  await page.getByLabel(`Select [sim:refuse=400*1] once refused ${tag}`).check();
  await page.getByRole("button", { name: "Retry failed" }).click();
  await expect(page.getByRole("status")).toContainText("Retried 1 task");

  await expect(rows).toHaveCount(2);
  const detail = await page.request.get(`/api/tasks/${failed.id}`);
  const { task } = (await detail.json()) as { task: { attempts: { id: string }[] } };
  expect(task.attempts).toHaveLength(1);
  const attemptId = task.attempts[0]?.id ?? "";
  await page.getByRole("link", { name: "new attempt 1" }).click();
  await expect(page).toHaveURL(new RegExp(`/tasks/${attemptId}$`));
  await expect(page.getByRole("link", { name: failed.id })).toBeVisible();
});

test("Load more fetches the next page of tasks with the cursor", async ({ page }) => {
  const member = await seedUser("member");
  await page.goto("/");
  await signInThroughPage(page, member);
  const tag = randomBytes(4).toString("hex");
  for (let index = 0; index < 26; index += 1) {
    await createMusicTask(page, `[sim:refuse=413] page ${index} ${tag}`);
  }

  await page.getByLabel("Search").fill(tag);
  const rows = page.getByRole("row", { name: new RegExp(`page \\d+ ${tag}`) });
  await expect(rows).toHaveCount(25);
  await expect(rows.first()).toContainText(`page 25 ${tag}`);
  await page.getByRole("button", { name: "Load more" }).click();

  await expect(rows).toHaveCount(26);
  await expect(rows.last()).toContainText(`page 0 ${tag}`);
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
});
