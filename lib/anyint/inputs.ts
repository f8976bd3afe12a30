import { z } from "zod";

import { AppError } from "@/lib/errors";
import type { TaskKind } from "@/lib/tasks/status";

// The provider's rules and limits (ANYINT.md), checked before anything is sent so a person
// sees what to change instead of a 400 or 413 from the provider.

export const MODELS = ["V3_5", "V4", "V4_5", "V4_5PLUS", "V4_5ALL", "V5", "V5_5"] as const;
export type Model = (typeof MODELS)[number];

export function promptLimit(model: Model): number {
  return model === "V4" || model === "V3_5" ? 3000 : 5000;
}

export function styleLimit(model: Model): number {
  return model === "V4" || model === "V3_5" ? 200 : 1000;
}

export function titleLimit(model: Model): number {
  return model === "V4" || model === "V4_5ALL" || model === "V3_5" ? 80 : 100;
}

export const SIMPLE_PROMPT_LIMIT = 500;
export const LYRICS_PROMPT_WORDS = 200;

const text = z.string().trim().min(1);
const weight = z.number().min(0, "must be between 0 and 1").max(1, "must be between 0 and 1");

const optionalTuning = {
  negativeTags: z.string().optional(),
  vocalGender: z.enum(["m", "f"]).optional(),
  styleWeight: weight.optional(),
  weirdnessConstraint: weight.optional(),
  audioWeight: weight.optional(),
  personaId: z.string().optional(),
};

const model = z.enum(MODELS, { message: `model must be one of ${MODELS.join(", ")}` });

const songFields = {
  customMode: z.boolean(),
  instrumental: z.boolean(),
  model,
  prompt: z.string().optional(),
  style: z.string().optional(),
  title: z.string().optional(),
  ...optionalTuning,
};

type SongFields = {
  customMode: boolean;
  instrumental: boolean;
  model: Model;
  prompt?: string;
  style?: string;
  title?: string;
};

type Issue = { path: string[]; message: string };

function missing(field: string, why: string): Issue {
  return { path: [field], message: `${capitalise(field)} is required ${why}` };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function tooLong(field: string, value: string | undefined, limit: number, model: Model) {
  if (value === undefined || value.length <= limit) return [];
  const message = `${capitalise(field)} is ${value.length} characters; ${model} allows at most ${limit}`;
  return [{ path: [field], message }];
}

function lengthIssues(value: SongFields): Issue[] {
  return [
    ...tooLong("prompt", value.prompt, promptLimit(value.model), value.model),
    ...tooLong("style", value.style, styleLimit(value.model), value.model),
    ...tooLong("title", value.title, titleLimit(value.model), value.model),
  ];
}

/** Custom mode needs style and title (and lyrics unless instrumental); simple mode a short prompt. */
export function songModeIssues(value: SongFields): Issue[] {
  if (!value.customMode) {
    if (!value.prompt?.trim()) return [missing("prompt", "in simple mode")];
    if (value.prompt.length > SIMPLE_PROMPT_LIMIT) {
      const message = `Prompt is ${value.prompt.length} characters; simple mode allows at most ${SIMPLE_PROMPT_LIMIT}`;
      return [{ path: ["prompt"], message }];
    }
    return [];
  }
  const issues: Issue[] = [];
  if (!value.style?.trim()) issues.push(missing("style", "in custom mode"));
  if (!value.title?.trim()) issues.push(missing("title", "in custom mode"));
  if (!value.instrumental && !value.prompt?.trim()) {
    issues.push(missing("prompt", "in custom mode unless instrumental (it is sung as the lyrics)"));
  }
  return [...issues, ...lengthIssues(value)];
}

function addIssues(issues: Issue[], ctx: z.RefinementCtx) {
  for (const issue of issues) ctx.addIssue({ code: "custom", ...issue });
}

export const musicInput = z.object(songFields).superRefine((value, ctx) => {
  addIssues(songModeIssues(value), ctx);
});

export const uploadCoverInput = z
  .object({ ...songFields, uploadUrl: z.url({ message: "uploadUrl must be an http(s) URL" }) })
  .superRefine((value, ctx) => addIssues(songModeIssues(value), ctx));

const extendFields = z.object({
  defaultParamFlag: z.boolean(),
  audioId: text,
  taskId: text.optional(),
  model,
  instrumental: z.boolean().optional(),
  prompt: z.string().optional(),
  style: z.string().optional(),
  title: z.string().optional(),
  continueAt: z.number().optional(),
  /** The source track's length in seconds; ours, not sent, only used to check continueAt. */
  sourceDuration: z.number().positive().optional(),
  /** The source track's model; ours, not sent, only used to check that `model` matches. */
  sourceModel: z.enum(MODELS).optional(),
  ...optionalTuning,
});

function continueAtIssues(value: z.infer<typeof extendFields>): Issue[] {
  if (value.continueAt === undefined)
    return [missing("continueAt", "when defaultParamFlag is true")];
  if (value.continueAt <= 0) {
    return [{ path: ["continueAt"], message: "continueAt must be more than 0 seconds" }];
  }
  if (value.sourceDuration !== undefined && value.continueAt >= value.sourceDuration) {
    const message =
      `continueAt is ${value.continueAt} s; the source track is ${value.sourceDuration} s long, ` +
      "so it must be less than that";
    return [{ path: ["continueAt"], message }];
  }
  return [];
}

function modelIssues(value: z.infer<typeof extendFields>): Issue[] {
  if (!value.sourceModel || value.sourceModel === value.model) return [];
  const message = `model is ${value.model}; an extension must use the source track's model, ${value.sourceModel}`;
  return [{ path: ["model"], message }];
}

export const extendInput = extendFields.superRefine((value, ctx) => {
  addIssues(modelIssues(value), ctx);
  if (!value.defaultParamFlag) return addIssues(lengthIssues(asSong(value)), ctx);
  const issues: Issue[] = [];
  for (const field of ["prompt", "style", "title"] as const) {
    if (!value[field]?.trim()) issues.push(missing(field, "when defaultParamFlag is true"));
  }
  addIssues([...issues, ...continueAtIssues(value), ...lengthIssues(asSong(value))], ctx);
});

function asSong(value: z.infer<typeof extendFields>): SongFields {
  return { ...value, customMode: true, instrumental: value.instrumental ?? false };
}

function wordCount(value: string): number {
  return value.trim().split(/\s+/).filter(Boolean).length;
}

export const lyricsInput = z.object({ prompt: text }).superRefine((value, ctx) => {
  const words = wordCount(value.prompt);
  if (words <= LYRICS_PROMPT_WORDS) return;
  const message = `Prompt is ${words} words; lyrics allow at most ${LYRICS_PROMPT_WORDS}`;
  ctx.addIssue({ code: "custom", path: ["prompt"], message });
});

const fromTrack = { taskId: text, audioId: text };

export const vocalRemovalInput = z.object({
  ...fromTrack,
  type: z.enum(["separate_vocal", "split_stem"], {
    message: 'type must be "separate_vocal" or "split_stem"',
  }),
});

export const wavInput = z.object(fromTrack);

export const mp4Input = z.object({
  ...fromTrack,
  author: z.string().max(50, "author allows at most 50 characters").optional(),
  domainName: z.string().max(50, "domainName allows at most 50 characters").optional(),
});

export const coverArtInput = z.object({ taskId: text, audioId: text.optional() });

export const INPUT_SCHEMAS = {
  music: musicInput,
  extend: extendInput,
  "upload-cover": uploadCoverInput,
  lyrics: lyricsInput,
  "vocal-removal": vocalRemovalInput,
  wav: wavInput,
  mp4: mp4Input,
  "cover-art": coverArtInput,
} as const satisfies Record<TaskKind, z.ZodType>;

export type TaskInputs = { [K in TaskKind]: z.infer<(typeof INPUT_SCHEMAS)[K]> };
export type TaskInput = TaskInputs[TaskKind];

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? issue.path.join(".") : "";
  if (issue.code === "invalid_type" && where) {
    return `${where}: ${issue.input === undefined ? "is required" : issue.message}`;
  }
  if (issue.code === "custom" || !where) return issue.message;
  return `${where}: ${issue.message}`;
}

/** The parsed input, or AppError("bad_input") whose message lists every problem. */
export function validateTaskInput<K extends TaskKind>(kind: K, input: unknown): TaskInputs[K] {
  const schema: z.ZodType = INPUT_SCHEMAS[kind];
  const parsed = schema.safeParse(input);
  // The table above pairs each kind with its schema, so the parsed value is that kind's input.
  if (parsed.success) return parsed.data as TaskInputs[K];

  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String),
    message: describeIssue(issue),
  }));
  const message = issues.map((issue) => issue.message).join("; ");
  throw new AppError("bad_input", message, { details: issues });
}
