import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db/client";

import { testProvider } from "./helpers/databases";
import {
  createTask,
  getTask,
  type Lifecycle,
  song,
  startLifecycle,
  waitForTask,
} from "./helpers/lifecycle";

let life: Lifecycle;

beforeAll(async () => {
  life = await startLifecycle();
});

afterAll(async () => {
  await life?.stop();
});

describe(`submitting tasks on ${testProvider()}`, () => {
  it("takes a music task to SUCCESS, ready, with two tracks", async () => {
    const { response, task } = await createTask(life, "music", song("a calm piano piece"));

    expect(response.status).toBe(201);
    expect(task.status).toBe("PENDING");
    expect(task.upstreamTaskId).toBeTruthy();
    const done = await waitForTask(life, task.id, (current) => current.status === "SUCCESS", {
      timeout: 60_000,
    });
    expect(done.ready).toBe(true);
    expect(done.results.tracks).toHaveLength(2);
    for (const track of done.results.tracks) {
      expect(track.audioUrl).toMatch(/^http/);
      expect(track.imageUrl).toMatch(/^http/);
    }
    expect(done.receipts?.some((receipt) => receipt.outcome === "APPLIED")).toBe(true);
  });

  it.each([
    [400, /invalid/i],
    [413, /too long/i],
    [429, /credits/i],
  ])(
    "turns a create refused with %i into CREATE_TASK_FAILED with a message to act on",
    async (code, message) => {
      const { response, task } = await createTask(
        life,
        "music",
        song(`refused [sim:refuse=${code}]`),
      );

      expect(response.status).toBe(201);
      expect(task.status).toBe("CREATE_TASK_FAILED");
      expect(task.error?.code).toBe(String(code));
      expect(task.error?.message).toMatch(message);
    },
  );

  it("retries a failed task as a new, linked attempt and leaves the failed one as it was", async () => {
    const { task: failed } = await createTask(life, "music", song("once [sim:refuse=400*1]"));
    expect(failed.status).toBe("CREATE_TASK_FAILED");

    const response = await life.api("POST", `/api/tasks/${failed.id}/retry`, {});
    const { task: retry } = (await response.json()) as {
      task: { id: string; retryOf: string; status: string };
    };

    expect(response.status).toBe(201);
    expect(retry.retryOf).toBe(failed.id);
    expect(retry.id).not.toBe(failed.id);
    expect((await getTask(life, failed.id)).status).toBe("CREATE_TASK_FAILED");
  });

  it("refuses to retry a task that is still running with 409", async () => {
    const { task } = await createTask(life, "music", song("still going [sim:stall]"));

    const response = await life.api("POST", `/api/tasks/${task.id}/retry`, {});

    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: "conflict" } });
  });

  it("retries several failed tasks at once, saying why for the others", async () => {
    const { task: failed } = await createTask(life, "music", song("bulk [sim:refuse=400*1]"));
    const { task: running } = await createTask(life, "music", song("bulk running [sim:stall]"));

    const response = await life.api("POST", "/api/tasks/retry", { ids: [failed.id, running.id] });
    const { results } = (await response.json()) as {
      results: { taskId: string; retriedAs: string | null; error: { code: string } | null }[];
    };

    expect(response.status).toBe(200);
    expect(results[0]).toMatchObject({ taskId: failed.id, error: null });
    expect(results[0]?.retriedAs).toBeTruthy();
    expect(results[1]).toMatchObject({
      taskId: running.id,
      retriedAs: null,
      error: { code: "conflict" },
    });
  });

  it("returns the first task again for a repeated Idempotency-Key", async () => {
    const headers = { "idempotency-key": `key-${Date.now()}` };
    const first = await createTask(life, "music", song("only once [sim:stall]"), headers);
    const second = await createTask(life, "music", song("only once [sim:stall]"), headers);

    expect(first.response.status).toBe(201);
    expect(second.response.status).toBe(200);
    expect(second.task.id).toBe(first.task.id);
    const db = await getDb();
    expect(await db.task.count({ where: { id: first.task.id } })).toBe(1);
  });

  it("refuses bad input with 400 before anything is stored or sent", async () => {
    const db = await getDb();
    const before = await db.task.count();

    const response = await life.api("POST", "/api/tasks", {
      kind: "music",
      input: { customMode: false },
    });
    const unknownKind = await life.api("POST", "/api/tasks", { kind: "karaoke", input: {} });
    const notJson = await fetch(`${life.app.url}/api/tasks`, {
      method: "POST",
      headers: { authorization: `Bearer ${life.token}`, "content-type": "application/json" },
      body: "{not json",
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "bad_input" } });
    expect(unknownKind.status).toBe(400);
    expect(notJson.status).toBe(400);
    expect(await db.task.count()).toBe(before);
  });

  it("lists newest first with filters, search and cursor paging", async () => {
    const marker = `needle-${Date.now()}`;
    const created = [];
    for (let i = 0; i < 3; i++)
      created.push((await createTask(life, "music", song(`${marker} ${i} [sim:stall]`))).task);

    const page1 = await (
      await life.api("GET", `/api/tasks?q=${marker.toUpperCase()}&limit=2`)
    ).json();
    const page2 = await (
      await life.api("GET", `/api/tasks?q=${marker}&limit=2&cursor=${page1.nextCursor}`)
    ).json();
    const failed = await (
      await life.api("GET", "/api/tasks?status=CREATE_TASK_FAILED&kind=music")
    ).json();
    const badCursor = await life.api("GET", "/api/tasks?cursor=nonsense");
    const badStatus = await life.api("GET", "/api/tasks?status=DONE");

    const ids = [...page1.items, ...page2.items].map((item: { id: string }) => item.id);
    expect(ids).toEqual(created.map((task) => task.id).reverse());
    expect(page2.nextCursor).toBeNull();
    expect(failed.items.length).toBeGreaterThan(0);
    expect(
      failed.items.every((item: { status: string }) => item.status === "CREATE_TASK_FAILED"),
    ).toBe(true);
    expect(badCursor.status).toBe(400);
    expect(badStatus.status).toBe(400);
  });

  it("starts a derived task from a finished track, linked to its parent", async () => {
    const { task: parent } = await createTask(life, "music", song("a song to extend"));
    const done = await waitForTask(life, parent.id, (t) => t.status === "SUCCESS", {
      timeout: 60_000,
    });
    const track = done.results.tracks[1];

    const response = await life.api("POST", "/api/tasks", {
      kind: "wav",
      input: {},
      parentTaskId: parent.id,
      trackId: track?.id,
    });
    const { task: wav } = (await response.json()) as {
      task: { id: string; parentTaskId: string; input: Record<string, unknown> };
    };

    expect(response.status).toBe(201);
    expect(wav.parentTaskId).toBe(parent.id);
    expect(wav.input).toMatchObject({ taskId: parent.upstreamTaskId });
    const finished = await waitForTask(life, wav.id, (t) => t.status === "SUCCESS", {
      timeout: 60_000,
    });
    expect(
      (finished.results as unknown as { wav: { audioUrl: string }[] }).wav[0]?.audioUrl,
    ).toMatch(/^http/);
  });

  it("refuses to derive from a task that has not finished", async () => {
    const { task: parent } = await createTask(life, "music", song("unfinished [sim:stall]"));

    const response = await life.api("POST", "/api/tasks", {
      kind: "mp4",
      input: {},
      parentTaskId: parent.id,
    });

    expect(response.status).toBe(409);
  });

  it("answers 404 in the error shape for an unknown task", async () => {
    const response = await life.api("GET", "/api/tasks/no-such-task");

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });
});
