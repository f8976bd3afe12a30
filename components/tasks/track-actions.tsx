"use client";

import { errorClass, secondaryButtonClass } from "../ui";
import { errorMessage } from "./api";
import { type DerivedRequest, useCreateDerived } from "./use-create-derived";

const ACTIONS: { label: string; request: DerivedRequest }[] = [
  { label: "Extend", request: { kind: "extend", input: { defaultParamFlag: false } } },
  { label: "WAV", request: { kind: "wav", input: {} } },
  { label: "Video", request: { kind: "mp4", input: {} } },
  { label: "Stems", request: { kind: "vocal-removal", input: { type: "split_stem" } } },
  { label: "Cover art", request: { kind: "cover-art", input: {} } },
];

/** What can be made from a finished track; each starts a new task and opens it. */
export function TrackActions(props: { taskId: string; trackId: string; trackLabel: string }) {
  const create = useCreateDerived(props.taskId, props.trackId);
  return (
    <div className="space-y-2">
      <div
        role="group"
        aria-label={`Make from ${props.trackLabel}`}
        className="flex flex-wrap gap-2"
      >
        {ACTIONS.map((action) => (
          <button
            key={action.label}
            type="button"
            className={secondaryButtonClass}
            disabled={create.isPending}
            onClick={() => create.mutate(action.request)}
          >
            {action.label}
          </button>
        ))}
      </div>
      {create.error && (
        <p role="alert" className={errorClass}>
          {errorMessage(create.error)}
        </p>
      )}
    </div>
  );
}
