import { FAILURE_STATUSES, TASK_KINDS, TASK_STATUSES } from "@/lib/tasks/status";

export type ListFilters = { status: string; kind: string; q: string };

export const EMPTY_FILTERS: ListFilters = { status: "", kind: "", q: "" };

/** Named groups of statuses, offered above the single statuses in the filter. */
export const STATUS_GROUPS: Record<string, { label: string; statuses: readonly string[] }> = {
  open: {
    label: "In progress",
    statuses: ["SUBMITTING", "PENDING", "TEXT_SUCCESS", "FIRST_SUCCESS"],
  },
  failed: { label: "Failed or timed out", statuses: [...FAILURE_STATUSES, "TIMED_OUT"] },
};

export const STATUS_OPTIONS = TASK_STATUSES;
export const KIND_OPTIONS = TASK_KINDS;

export function listUrl(filters: ListFilters, cursor: string | null): string {
  const params = new URLSearchParams();
  const group = STATUS_GROUPS[filters.status];
  const status = group ? group.statuses.join(",") : filters.status;
  if (status) params.set("status", status);
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.q.trim()) params.set("q", filters.q.trim());
  if (cursor) params.set("cursor", cursor);
  params.set("limit", "25");
  return `/api/tasks?${params.toString()}`;
}

/** The filters from the page's query string, so a filtered list can be linked and returned to. */
export function filtersFromParams(params: URLSearchParams): ListFilters {
  return {
    status: params.get("status") ?? "",
    kind: params.get("kind") ?? "",
    q: params.get("q") ?? "",
  };
}

export function filtersToSearch(filters: ListFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value.trim()) params.set(key, value);
  const search = params.toString();
  return search ? `?${search}` : "";
}
