import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { testProvider } from "./helpers/databases";
import { createTask, type Lifecycle, song, startLifecycle, waitForTask } from "./helpers/lifecycle";
import { waitFor } from "./helpers/wait-for";

let life: Lifecycle;

beforeAll(async () => {
  life = await startLifecycle();
});

afterAll(async () => {
  await life?.stop();
});

type Change = { taskId: string; status: string };

/** Reads server-sent `task` events into `seen` until aborted. */
async function follow(response: Response, seen: Change[]) {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const chunk = await reader?.read().catch(() => undefined);
    if (!chunk || chunk.done) return;
    buffer += decoder.decode(chunk.value, { stream: true });
    const events = buffer.split("\n\n");
    buffer = events.pop() ?? "";
    for (const event of events) {
      const data = /^data: (.*)$/m.exec(event)?.[1];
      if (/^event: task$/m.test(event) && data) seen.push(JSON.parse(data) as Change);
    }
  }
}

describe(`GET /api/events on ${testProvider()}`, () => {
  it("sends an event for each change of a task as it goes to SUCCESS", async () => {
    const controller = new AbortController();
    const response = await fetch(`${life.app.url}/api/events`, {
      headers: { authorization: `Bearer ${life.token}` },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const seen: Change[] = [];
    const reading = follow(response, seen);

    const { task } = await createTask(life, "music", song("live updates"));
    await waitForTask(life, task.id, (t) => t.status === "SUCCESS", { timeout: 60_000 });
    await waitFor(
      () => seen.some((change) => change.taskId === task.id && change.status === "SUCCESS"),
      {
        what: "the SUCCESS event",
      },
    );
    controller.abort();
    await reading;

    const statuses = seen
      .filter((change) => change.taskId === task.id)
      .map((change) => change.status);
    expect(statuses[0]).toBe("SUBMITTING");
    expect(statuses).toContain("PENDING");
    expect(statuses.at(-1)).toBe("SUCCESS");
  });

  it("needs a signed-in user or a token", async () => {
    const response = await fetch(`${life.app.url}/api/events`);

    expect(response.status).toBe(401);
  });
});
