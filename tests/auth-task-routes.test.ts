import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { testProvider } from "./helpers/databases";
import { type Lifecycle, song, startLifecycle } from "./helpers/lifecycle";
import { bearer, seedToken, seedUser } from "./helpers/seed-users";
import { signIn } from "./helpers/session";

let life: Lifecycle;
const credentials: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  life = await startLifecycle();
  const member = await seedUser({ role: "member" });
  credentials.session = { cookie: await signIn(life.app.url, member.email, member.password) };
  credentials.token = bearer((await seedToken(member.id)).value);
});

afterAll(async () => {
  await life?.stop();
});

async function call(how: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${life.app.url}${path}`, {
    method,
    headers: { "content-type": "application/json", ...credentials[how] },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as { task: { id: string } } };
}

describe(`the task routes with a session and with a token on ${testProvider()}`, () => {
  it.each(["session", "token"])("each succeeds for a member signed in by %s", async (how) => {
    const created = await call(how, "POST", "/api/tasks", {
      kind: "music",
      input: song("with a session [sim:stall]"),
    });
    const failed = await call(how, "POST", "/api/tasks", {
      kind: "music",
      input: song("[sim:refuse=400]"),
    });
    const id = created.json.task.id;

    expect(created.status).toBe(201);
    expect((await call(how, "GET", `/api/tasks/${id}`)).status).toBe(200);
    expect((await call(how, "POST", `/api/tasks/${id}/refresh`)).status).toBe(200);
    expect((await call(how, "POST", `/api/tasks/${failed.json.task.id}/retry`, {})).status).toBe(
      201,
    );
    expect(
      (await call(how, "POST", "/api/tasks/retry", { ids: [failed.json.task.id] })).status,
    ).toBe(200);
  });
});
