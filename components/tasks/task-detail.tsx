"use client";

import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { errorClass } from "../ui";
import { ActivityLog } from "./activity-log";
import { apiFetch, errorMessage } from "./api";
import { taskTitle } from "./format";
import { StageTimeline } from "./stage-timeline";
import { StatusBadge } from "./status-badge";
import { TaskActions } from "./task-actions";
import { TaskLinks } from "./task-links";
import { TaskMedia } from "./task-media";
import { panelClass, TrackCard } from "./track-card";
import type { TaskDetailJson } from "./types";
import { useTaskEvents } from "./use-task-events";

const FALLBACK_REFETCH_MS = 20_000;

/** One task, kept current by the live events. */
export function TaskDetail({ taskId, canWrite }: { taskId: string; canWrite: boolean }) {
  const query = useQuery({
    queryKey: ["task", taskId],
    queryFn: () => apiFetch<{ task: TaskDetailJson }>(`/api/tasks/${taskId}`),
    // Events bring changes at once; this only covers a stream that some proxy cut off.
    refetchInterval: (query) => (query.state.data?.task.open ? FALLBACK_REFETCH_MS : false),
  });
  useTaskEvents();

  if (query.error) {
    return (
      <p role="alert" className={errorClass}>
        {errorMessage(query.error)}
      </p>
    );
  }
  if (!query.data) return <p className="text-sm text-zinc-500">Loading the task…</p>;
  return <TaskView key={taskId} task={query.data.task} canWrite={canWrite} />;
}

function TaskView({ task, canWrite }: { task: TaskDetailJson; canWrite: boolean }) {
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight break-words">{taskTitle(task)}</h1>
          <p className="flex flex-wrap items-center gap-3 text-sm text-zinc-500">
            <span>{task.kind}</span>
            <StatusBadge status={task.status} />
            <span className="font-mono text-xs">{task.id}</span>
          </p>
        </div>
        {canWrite && <TaskActions task={task} />}
      </div>
      {task.error?.message && (
        <p role="alert" className={errorClass}>
          {task.error.code && <span className="font-mono">{task.error.code}: </span>}
          {task.error.message}
        </p>
      )}
      <Panel title="Stages">
        <StageTimeline timeline={task.timeline} />
      </Panel>
      <TaskLinks task={task} />
      <Results task={task} canWrite={canWrite} />
      <Panel title="Callbacks and polls">
        <ActivityLog receipts={task.receipts} polls={task.polls} />
      </Panel>
      <details className={panelClass}>
        <summary className="cursor-pointer text-sm font-medium">Input</summary>
        <pre className="mt-3 overflow-auto text-xs">{JSON.stringify(task.input, null, 2)}</pre>
      </details>
    </div>
  );
}

function Results({ task, canWrite }: { task: TaskDetailJson; canWrite: boolean }) {
  const tracks = task.results.tracks;
  return (
    <section aria-labelledby="results-heading" className="space-y-3">
      <h2 id="results-heading" className="text-lg font-semibold">
        Results
      </h2>
      {tracks.map((track, index) => (
        <TrackCard key={track.id} task={task} track={track} index={index} canWrite={canWrite} />
      ))}
      <TaskMedia results={task.results} />
      {!hasResults(task) && (
        <p className="text-sm text-zinc-500">
          {task.open ? "Nothing yet; results appear here as they arrive." : "No results."}
        </p>
      )}
    </section>
  );
}

function hasResults(task: TaskDetailJson): boolean {
  return Object.values(task.results).some((list) => list.length > 0);
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className={`${panelClass} space-y-3`}>
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}
