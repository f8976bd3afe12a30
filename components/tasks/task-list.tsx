"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { clsx } from "clsx";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";

import { isRetryable } from "@/lib/tasks/status";

import { headCellClass, tableClass } from "../table";
import { errorClass, secondaryButtonClass } from "../ui";
import { apiFetch, errorMessage } from "./api";
import { BulkRetryBar } from "./bulk-retry-bar";
import { ListEmptyState } from "./list-empty-state";
import { filtersFromParams, filtersToSearch, type ListFilters, listUrl } from "./list-filters";
import { TaskListFilters } from "./task-list-filters";
import { TaskRow } from "./task-row";
import type { TaskJson, TaskPage } from "./types";
import { useNow } from "./use-now";
import { useTaskEvents } from "./use-task-events";

const tableCardClass = clsx(
  "overflow-x-auto rounded-xl border border-zinc-200 bg-white px-4 shadow-sm",
  "dark:border-zinc-800 dark:bg-zinc-900",
);

export function TaskList({ canWrite }: { canWrite: boolean }) {
  const [filters, setFilters] = useUrlFilters();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const query = useInfiniteQuery({
    queryKey: ["tasks", filters],
    queryFn: ({ pageParam }) => apiFetch<TaskPage>(listUrl(filters, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  useTaskEvents();

  const tasks = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.q.trim() || filters.status || filters.kind);

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <div className="space-y-5">
      <TaskListFilters filters={filters} onChange={setFilters} />
      {canWrite && (
        <BulkRetryBar
          selectedIds={[...selected]}
          failedIds={failedAmong(tasks, selected)}
          onDone={() => setSelected(new Set())}
        />
      )}
      {query.error && (
        <p role="alert" className={errorClass}>
          {errorMessage(query.error)}
        </p>
      )}
      {query.isPending && <p className="text-sm text-zinc-500">Loading tasks…</p>}
      {query.isSuccess && tasks.length === 0 && (
        <ListEmptyState filtered={filtered} canWrite={canWrite} />
      )}
      {tasks.length > 0 && (
        <TaskTable
          tasks={tasks}
          canWrite={canWrite}
          selected={selected}
          onToggle={toggle}
          onToggleAll={(all) => setSelected(new Set(all ? tasks.map((task) => task.id) : []))}
        />
      )}
      {query.hasNextPage && (
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      )}
    </div>
  );
}

/** Filters kept in the address bar; replacing, not pushing, so Back leaves the list. */
function useUrlFilters(): [ListFilters, (filters: ListFilters) => void] {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const filters = filtersFromParams(params);
  const setFilters = (next: ListFilters) =>
    router.replace(`${pathname}${filtersToSearch(next)}`, { scroll: false });
  return [filters, setFilters];
}

function failedAmong(tasks: TaskJson[], selected: Set<string>): string[] {
  return tasks.filter((task) => selected.has(task.id) && isRetryable(task.status)).map((t) => t.id);
}

type TableProps = {
  tasks: TaskJson[];
  canWrite: boolean;
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: (all: boolean) => void;
};

function TaskTable({ tasks, canWrite, selected, onToggle, onToggleAll }: TableProps) {
  const now = useNow();
  const headings = ["Cover", "Task", "Kind", "Status", "Age", "Length"];
  return (
    <div className={tableCardClass}>
      <table className={tableClass} aria-label="Tasks">
        <thead>
          <tr>
            {canWrite && (
              <th className={`${headCellClass} w-8`}>
                <input
                  type="checkbox"
                  aria-label="Select all shown"
                  className="size-4 accent-violet-600"
                  checked={tasks.every((task) => selected.has(task.id))}
                  onChange={(event) => onToggleAll(event.target.checked)}
                />
              </th>
            )}
            {headings.map((heading) => (
              <th key={heading} className={headCellClass}>
                {heading === "Cover" ? <span className="sr-only">Cover</span> : heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <TaskRow
              key={task.id}
              task={task}
              now={now}
              selectable={canWrite}
              selected={selected.has(task.id)}
              onToggle={onToggle}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
