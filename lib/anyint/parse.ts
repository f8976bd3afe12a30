import {
  FAMILY_FAILURE,
  type FailureStatus,
  isTaskStatus,
  type TaskKind,
  type TaskStatus,
} from "@/lib/tasks/status";

import {
  field,
  has,
  isObject,
  type Json,
  numberField,
  objectField,
  taskIdOf,
  text,
  unwrap,
} from "./payload-fields";
import { resultsOf } from "./parse-results";
import type { NormalizedUpdate } from "./types";

// Every shape ANYINT.md lists, for query answers and callbacks, turned into one form.
// Anything that cannot be read as one of them throws, so it is kept and looked at rather
// than applied as a guess.

const PHASES: Record<string, TaskStatus> = {
  text: "TEXT_SUCCESS",
  first: "FIRST_SUCCESS",
  complete: "SUCCESS",
};

/** Where the provider's result fields sit in each kind's callback; null there means failure. */
const CALLBACK_RESULT_FIELD: Partial<Record<TaskKind, string>> = {
  "vocal-removal": "vocalRemovalInfo",
  wav: "audioWavUrl",
  mp4: "videoUrl",
  "cover-art": "images",
};

function failureWord(kind: TaskKind, message: string | undefined): FailureStatus {
  if (message && /sensitive/i.test(message)) return "SENSITIVE_WORD_ERROR";
  return FAMILY_FAILURE[kind];
}

function unrecognised(what: string, body: unknown): Error {
  const sample = JSON.stringify(body)?.slice(0, 200) ?? String(body);
  return new Error(`Unrecognised ${what}: ${sample}`);
}

/** A status word, a successFlag word, or cover art's numeric successFlag (0-3). */
function statusWord(kind: TaskKind, raw: unknown): TaskStatus | undefined {
  const number = typeof raw === "number" ? raw : typeof raw === "string" ? Number(raw) : NaN;
  if (raw !== "" && Number.isInteger(number)) {
    if (number === 1) return "SUCCESS";
    if (number === 0 || number === 2) return "PENDING";
    if (number === 3) return FAMILY_FAILURE[kind];
    return undefined;
  }
  if (typeof raw !== "string") return undefined;
  const word = raw.trim().toUpperCase();
  if (word === "SUBMITTING" || word === "TIMED_OUT") return undefined;
  if (word === "GENERATING" || word === "RUNNING") return "PENDING";
  return isTaskStatus(word) ? word : undefined;
}

function reportedStatus(kind: TaskKind, object: Json): TaskStatus | undefined {
  const raw = has(object, "status") ? field(object, "status") : field(object, "successFlag");
  if (raw === undefined || raw === null) return undefined;
  const status = statusWord(kind, raw);
  if (!status) throw new Error(`Unknown status "${String(raw)}" for a ${kind} task`);
  return status;
}

function errorFor(status: TaskStatus, code: unknown, message: string | undefined) {
  const isFailure =
    status !== "SUCCESS" && !["PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS"].includes(status);
  if (!isFailure) return undefined;
  const codeText = code === undefined || code === null || code === "" ? status : String(code);
  return { code: codeText, message: message ?? `The provider reported ${status}` };
}

/** A query answer: `{code, msg, data}` or the data bare. */
export function parseQueryAnswer(
  kind: TaskKind,
  body: unknown,
): { providerCode: number; update: NormalizedUpdate } {
  if (!isObject(body)) throw unrecognised(`${kind} query answer`, body);
  const { code, message, inner } = unwrap(body);
  const providerCode = code ?? 200;
  if (!inner) {
    throw new Error(
      `The ${kind} query answer has code ${providerCode} and no data: ${message ?? ""}`,
    );
  }

  const status = reportedStatus(kind, inner);
  if (!status) throw unrecognised(`${kind} query answer (no status or successFlag)`, body);
  const response = objectField(inner, "response") ?? inner;
  const errorMessage = text(inner, "errorMessage");
  const update: NormalizedUpdate = {
    upstreamTaskId: taskIdOf(inner) ?? (isObject(response) ? taskIdOf(response) : undefined),
    status,
    results: resultsOf(kind, response),
    error: errorFor(status, field(inner, "errorCode"), errorMessage),
  };
  return { providerCode, update };
}

function callbackStatus(kind: TaskKind, inner: Json, code: number | undefined, message?: string) {
  const phase = text(inner, "callbackType")?.toLowerCase();
  if (phase === "error") return failureWord(kind, message);
  if (code !== undefined && code !== 200) return failureWord(kind, message);
  if (phase) {
    const status = PHASES[phase];
    if (!status) throw new Error(`Unknown callbackType "${phase}" for a ${kind} task`);
    return status;
  }
  return reportedStatus(kind, inner) ?? statusFromResults(kind, inner);
}

/** Families without a phase say "done" by carrying their result, and "failed" by a null. */
function statusFromResults(kind: TaskKind, inner: Json): TaskStatus | undefined {
  if (resultsOf(kind, inner).length > 0) return "SUCCESS";
  const name = CALLBACK_RESULT_FIELD[kind];
  if (name && has(inner, name) && !field(inner, name)) return FAMILY_FAILURE[kind];
  return undefined;
}

/** A callback body, bare or enveloped, in any of the families' shapes. */
export function parseCallback(kind: TaskKind, body: unknown): NormalizedUpdate {
  if (!isObject(body)) throw unrecognised(`${kind} callback`, body);
  const envelope = unwrap(body);
  const inner = envelope.inner ?? {};
  const code = numberField(inner, "code") ?? envelope.code;
  const message = text(inner, "errorMessage") ?? text(inner, "msg") ?? envelope.message;

  if (!envelope.inner && (code === undefined || code === 200)) {
    throw unrecognised(`${kind} callback (no data)`, body);
  }
  const status = callbackStatus(kind, inner, code, message);
  if (!status) throw unrecognised(`${kind} callback`, body);

  const callbackType = text(inner, "callbackType")?.toLowerCase();
  return {
    upstreamTaskId: taskIdOf(inner),
    status,
    results: resultsOf(kind, inner),
    error: errorFor(status, numberField(inner, "errorCode") ?? code, message),
    ...(callbackType ? { callbackType } : {}),
  };
}
