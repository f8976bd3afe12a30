import { randomBytes } from "node:crypto";

import type { TaskKind } from "@/lib/tasks/status";

import { type Faults, faultsInText } from "./faults";
import { hasPhases, planDeliveries, planEvents } from "./plan-task";
import { type Answer, providerAnswer, type SimContext } from "./sim-context";
import type { SimTask } from "./sim-task";

type Json = Record<string, unknown>;

const newId = () => randomBytes(16).toString("hex");
const str = (value: unknown) => (typeof value === "string" ? value : undefined);
const TRACK_SECONDS = [12, 9];

function findParent(context: SimContext, kind: TaskKind, body: Json): SimTask | undefined {
  const taskId = str(body.taskId);
  if (taskId) return context.store.tasks.get(taskId);
  const audioId = str(body.audioId);
  if (kind !== "extend" || !audioId) return undefined;
  return [...context.store.tasks.values()].find((task) =>
    task.tracks.some((track) => track.id === audioId),
  );
}

function parentProblem(kind: TaskKind, body: Json, parent: SimTask | undefined) {
  if (!["extend", "vocal-removal", "wav", "mp4", "cover-art"].includes(kind)) return undefined;
  if (!parent)
    return `No task has ${body.taskId ? `taskId ${String(body.taskId)}` : "that audioId"}`;
  const audioId = str(body.audioId);
  if (audioId && !parent.tracks.some((track) => track.id === audioId)) {
    return `Task ${parent.id} has no track ${audioId}`;
  }
  return undefined;
}

/** The faults for a new task: the settings', its parent's (bar refusals), its own markers. */
function faultsFor(context: SimContext, body: Json, parent: SimTask | undefined): Faults {
  const inherited: Faults = { ...parent?.faults };
  delete inherited.refuse;
  delete inherited.retryAfterSeconds;
  const own = faultsInText(str(body.prompt), str(body.style), str(body.title));
  return { ...context.faults, ...inherited, ...own };
}

function refusal(context: SimContext, key: string, faults: Faults): Answer | undefined {
  if (!faults.refuse) return undefined;
  const given = context.refusals.get(key) ?? 0;
  if (faults.refuse.times !== undefined && given >= faults.refuse.times) return undefined;
  context.refusals.set(key, given + 1);

  const code = faults.refuse.code;
  const seconds = faults.retryAfterSeconds ?? (code === 430 || code === 455 ? 1 : undefined);
  const answer = providerAnswer(code, `Refused with ${code} (simulated)`);
  return seconds === undefined
    ? answer
    : { ...answer, headers: { "retry-after": String(seconds) } };
}

function basicProblem(kind: TaskKind, body: Json): Answer | undefined {
  if (!str(body.callBackUrl)) return providerAnswer(400, "callBackUrl is required");
  const prompt = str(body.prompt) ?? "";
  if (kind === "lyrics" && prompt.trim().split(/\s+/).length > 200) {
    return providerAnswer(413, "prompt is longer than 200 words");
  }
  if (prompt.length > 5000) return providerAnswer(413, "prompt is longer than 5000 characters");
  return undefined;
}

function newTask(
  context: SimContext,
  kind: TaskKind,
  body: Json,
  faults: Faults,
  parent?: SimTask,
) {
  const createdAt = Date.now();
  const events = planEvents(kind, createdAt, context.speed, faults);
  const task: SimTask = {
    id: newId(),
    kind,
    body,
    callBackUrl: str(body.callBackUrl) ?? "",
    createdAt,
    faults,
    ...(parent ? { parentId: parent.id } : {}),
    tracks: hasPhases(kind) ? TRACK_SECONDS.map((seconds) => ({ id: newId(), seconds })) : [],
    events,
    deliveries: planDeliveries(events, faults),
  };
  return task;
}

/** A create call: refused as its faults ask, or a new task with its clock started. */
export function createTask(context: SimContext, kind: TaskKind, body: Json): Answer {
  const problem = basicProblem(kind, body);
  if (problem) return problem;
  const parent = findParent(context, kind, body);
  const parentIssue = parentProblem(kind, body, parent);
  if (parentIssue) return providerAnswer(400, parentIssue);

  const faults = faultsFor(context, body, parent);
  const key = `${kind}|${str(body.prompt) ?? ""}|${str(body.title) ?? ""}|${parent?.id ?? ""}`;
  const refused = refusal(context, key, faults);
  if (refused) return refused;

  const task = newTask(context, kind, body, faults, parent);
  context.store.tasks.set(task.id, task);
  context.store.save();
  context.dispatcher.schedule(task);
  context.logger.info({ upstreamTaskId: task.id, kind, faults }, "simulated task created");
  return providerAnswer(200, "success", { taskId: task.id });
}
