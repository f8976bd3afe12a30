"use client";

import { useEffect, useState } from "react";

import { inputClass, labelClass } from "../ui";
import { KIND_OPTIONS, type ListFilters, STATUS_GROUPS, STATUS_OPTIONS } from "./list-filters";

type Props = { filters: ListFilters; onChange: (filters: ListFilters) => void };

export function TaskListFilters({ filters, onChange }: Props) {
  return (
    <div role="search" className="grid gap-3 sm:grid-cols-[1fr_12rem_10rem]">
      <SearchBox value={filters.q} onChange={(q) => onChange({ ...filters, q })} />
      <div className="space-y-1.5">
        <label htmlFor="filter-status" className={labelClass}>
          Status
        </label>
        <select
          id="filter-status"
          className={inputClass}
          value={filters.status}
          onChange={(event) => onChange({ ...filters, status: event.target.value })}
        >
          <option value="">All statuses</option>
          {Object.entries(STATUS_GROUPS).map(([value, group]) => (
            <option key={value} value={value}>
              {group.label}
            </option>
          ))}
          <optgroup label="One status">
            {STATUS_OPTIONS.map((status) => (
              <option key={status}>{status}</option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="space-y-1.5">
        <label htmlFor="filter-kind" className={labelClass}>
          Kind
        </label>
        <select
          id="filter-kind"
          className={inputClass}
          value={filters.kind}
          onChange={(event) => onChange({ ...filters, kind: event.target.value })}
        >
          <option value="">All kinds</option>
          {KIND_OPTIONS.map((kind) => (
            <option key={kind}>{kind}</option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** Typing is applied after a short pause, so each keystroke does not start a request. */
function SearchBox(props: { value: string; onChange: (value: string) => void }) {
  const { value, onChange } = props;
  const [draft, setDraft] = useState(value);

  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onChange(draft), 300);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);

  return (
    <div className="space-y-1.5">
      <label htmlFor="filter-q" className={labelClass}>
        Search
      </label>
      <input
        id="filter-q"
        type="search"
        className={inputClass}
        placeholder="Title, prompt or task id"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
      />
    </div>
  );
}
