"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { isRetryable } from "@/lib/tasks/status";

import {
  errorClass,
  inputClass,
  labelClass,
  primaryButtonClass,
  secondaryButtonClass,
} from "../ui";
import { apiFetch, errorMessage } from "./api";
import type { TaskDetailJson, TaskJson } from "./types";

/** Refresh now (ask the provider at once) and, for a failed task, Retry with editable input. */
export function TaskActions({ task }: { task: TaskDetailJson }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const refresh = useMutation({
    mutationFn: () => apiFetch<{ task: TaskJson }>(`/api/tasks/${task.id}/refresh`, {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["task", task.id] }),
  });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={refresh.isPending}
          onClick={() => refresh.mutate()}
        >
          {refresh.isPending ? "Refreshing…" : "Refresh now"}
        </button>
        {isRetryable(task.status) && (
          <button type="button" className={secondaryButtonClass} onClick={() => setEditing(true)}>
            Retry
          </button>
        )}
      </div>
      {refresh.error && (
        <p role="alert" className={errorClass}>
          {errorMessage(refresh.error)}
        </p>
      )}
      {editing && <RetryForm task={task} onCancel={() => setEditing(false)} />}
    </div>
  );
}

function parseInput(text: string): Record<string, unknown> | string {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === "object" && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
    return "The input must be a JSON object.";
  } catch (error) {
    return `The input is not valid JSON: ${errorMessage(error)}`;
  }
}

function RetryForm({ task, onCancel }: { task: TaskDetailJson; onCancel: () => void }) {
  const router = useRouter();
  const [text, setText] = useState(() => JSON.stringify(task.input ?? {}, null, 2));
  const parsed = parseInput(text);
  const retry = useMutation({
    mutationFn: (input: Record<string, unknown>) =>
      apiFetch<{ task: TaskJson }>(`/api/tasks/${task.id}/retry`, { input }),
    onSuccess: ({ task: attempt }) => router.push(`/tasks/${attempt.id}`),
  });
  const problem = typeof parsed === "string" ? parsed : null;

  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (typeof parsed !== "string") retry.mutate(parsed);
      }}
    >
      <label htmlFor="retry-input" className={labelClass}>
        Input JSON
      </label>
      <textarea
        id="retry-input"
        rows={10}
        className={`${inputClass} font-mono text-xs`}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem ? "retry-input-problem" : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {(problem ?? retry.error) && (
        <p id="retry-input-problem" role="alert" className={errorClass}>
          {problem ?? errorMessage(retry.error)}
        </p>
      )}
      <div className="flex gap-2">
        <button
          type="submit"
          className={primaryButtonClass}
          disabled={!!problem || retry.isPending}
        >
          {retry.isPending ? "Retrying…" : "Retry with this input"}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
