"use client";

import { clsx } from "clsx";

import { inputClass, labelClass } from "../ui";
import type { FieldIssue } from "./api";
import type { FormState } from "./new-task-request";

type Props = {
  state: FormState;
  set: (patch: Partial<FormState>) => void;
  issues: FieldIssue[];
};

const HINTS: Partial<Record<FormState["kind"], string>> = {
  extend: '{"defaultParamFlag": false}, or true with prompt, style, title and continueAt',
  "vocal-removal": '{"type": "separate_vocal"} or {"type": "split_stem"}',
  mp4: '{} or {"author": "…", "domainName": "…"}',
};

/** Kinds that start from a finished track: which track, and the rest of the input as JSON. */
export function DerivedFields({ state, set, issues }: Props) {
  const problem = issues.find((issue) => issue.path[0] === "json")?.message;
  return (
    <div className="space-y-5">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Starts from a finished track. The quickest way is the buttons under a track on its task
        page; here, give the task and (optionally) the track it starts from, or the provider’s
        taskId and audioId in the input.
      </p>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextInput
          id="parent-task"
          label="Parent task id"
          value={state.parentTaskId}
          onChange={(parentTaskId) => set({ parentTaskId })}
        />
        <TextInput
          id="parent-track"
          label="Track id"
          value={state.trackId}
          onChange={(trackId) => set({ trackId })}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="input-json" className={labelClass}>
          Input JSON
        </label>
        <textarea
          id="input-json"
          rows={6}
          className={clsx(inputClass, "font-mono text-xs")}
          value={state.json}
          aria-invalid={problem ? true : undefined}
          aria-describedby="input-json-hint"
          onChange={(event) => set({ json: event.target.value })}
        />
        <p id="input-json-hint" className="text-xs text-zinc-500">
          {HINTS[state.kind] ?? "{}"}
        </p>
      </div>
    </div>
  );
}

function TextInput(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={props.id} className={labelClass}>
        {props.label}
      </label>
      <input
        id={props.id}
        type="text"
        className={clsx(inputClass, "font-mono")}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
