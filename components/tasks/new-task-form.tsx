"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";

import { LYRICS_PROMPT_WORDS } from "@/lib/anyint/inputs";
import { TASK_KINDS, type TaskKind } from "@/lib/tasks/status";

import { cardClass, errorClass, inputClass, labelClass, primaryButtonClass } from "../ui";
import { apiFetch, errorMessage, type FieldIssue } from "./api";
import { CountedField } from "./counted-field";
import { DerivedFields } from "./derived-fields";
import { KIND_LABELS } from "./format";
import { buildRequest, type CreateBody, type FormState, INITIAL_FORM } from "./new-task-request";
import { SongFields } from "./song-fields";
import type { TaskJson } from "./types";
import { issueFor } from "./validate-input";

export function NewTaskForm() {
  const router = useRouter();
  const [state, setState] = useState<FormState>(INITIAL_FORM);
  const set = (patch: Partial<FormState>) => setState((current) => ({ ...current, ...patch }));
  const { body, issues } = buildRequest(state);
  const create = useMutation({
    mutationFn: (request: CreateBody) => apiFetch<{ task: TaskJson }>("/api/tasks", request),
    onSuccess: ({ task }) => router.push(`/tasks/${task.id}`),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (body && issues.length === 0) create.mutate(body);
  }

  return (
    <form onSubmit={submit} className={`${cardClass} space-y-6`} aria-label="New task" noValidate>
      <div className="max-w-xs space-y-1.5">
        <label htmlFor="task-kind" className={labelClass}>
          Kind
        </label>
        <select
          id="task-kind"
          className={inputClass}
          value={state.kind}
          onChange={(event) => set({ kind: event.target.value as TaskKind })}
        >
          {TASK_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <KindFields state={state} set={set} issues={issues} />
      <Remaining issues={issues.filter((issue) => !shownInline(state, issue))} />
      {create.error && (
        <p role="alert" className={errorClass}>
          {errorMessage(create.error)}
        </p>
      )}
      <button
        type="submit"
        className={primaryButtonClass}
        disabled={!body || issues.length > 0 || create.isPending}
      >
        {create.isPending ? "Creating…" : "Create task"}
      </button>
    </form>
  );
}

type FieldsProps = {
  state: FormState;
  set: (patch: Partial<FormState>) => void;
  issues: FieldIssue[];
};

function KindFields({ state, set, issues }: FieldsProps) {
  const song = <SongFields song={state.song} onChange={(s) => set({ song: s })} issues={issues} />;
  if (state.kind === "music") return song;
  if (state.kind === "lyrics") {
    return (
      <CountedField
        id="lyrics-prompt"
        label="Prompt"
        multiline
        unit="words"
        limit={LYRICS_PROMPT_WORDS}
        value={state.lyricsPrompt}
        onChange={(lyricsPrompt) => set({ lyricsPrompt })}
        error={state.lyricsPrompt ? issueFor(issues, "prompt") : undefined}
        hint="What the lyrics should be about."
      />
    );
  }
  if (state.kind === "upload-cover") return <UploadCoverFields {...{ state, set, issues }} />;
  return <DerivedFields state={state} set={set} issues={issues} />;
}

function UploadCoverFields({ state, set, issues }: FieldsProps) {
  const problem = state.uploadUrl ? issueFor(issues, "uploadUrl") : undefined;
  return (
    <div className="space-y-5">
      <div className="space-y-1.5">
        <label htmlFor="upload-url" className={labelClass}>
          Song URL
        </label>
        <input
          id="upload-url"
          type="url"
          className={inputClass}
          placeholder="https://…"
          value={state.uploadUrl}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => set({ uploadUrl: event.target.value })}
        />
        {problem && <p className="text-sm text-red-700 dark:text-red-300">{problem}</p>}
      </div>
      <SongFields song={state.song} onChange={(song) => set({ song })} issues={issues} />
    </div>
  );
}

const INLINE_FIELDS = ["prompt", "style", "title", "uploadUrl"];

/** Whether a field shows this problem itself: a text field shows it once it has been typed in. */
function shownInline(state: FormState, issue: FieldIssue): boolean {
  const field = issue.path[0] ?? "";
  if (!INLINE_FIELDS.includes(field)) return false;
  if (state.kind === "lyrics") return field === "prompt" && state.lyricsPrompt !== "";
  if (state.kind !== "music" && state.kind !== "upload-cover") return false;
  if (field === "uploadUrl") return state.uploadUrl !== "";
  return state.song[field as "prompt" | "style" | "title"] !== "";
}

function Remaining({ issues }: { issues: FieldIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
      <p className="font-medium">Before it can be sent:</p>
      <ul className="mt-1 list-disc pl-5">
        {issues.map((issue) => (
          <li key={`${issue.path.join(".")}-${issue.message}`}>{issue.message}</li>
        ))}
      </ul>
    </div>
  );
}
