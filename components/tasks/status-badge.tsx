import { clsx } from "clsx";

import { isFailureStatus, type TaskStatus } from "@/lib/tasks/status";

type Tone = "progress" | "preview" | "done" | "failed";

const STAGES: Partial<Record<TaskStatus, { label: string; step: number }>> = {
  SUBMITTING: { label: "Submitting", step: 0 },
  PENDING: { label: "Queued", step: 1 },
  TEXT_SUCCESS: { label: "Text ready", step: 2 },
  FIRST_SUCCESS: { label: "Preview", step: 3 },
  SUCCESS: { label: "Ready", step: 4 },
};

const TONES: Record<Tone, string> = {
  progress: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  preview: "bg-amber-100 text-amber-800 dark:bg-amber-950 dark:text-amber-200",
  done: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  failed: "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200",
};

/** The words a person reads for a status: its stage, and how far along it is. */
export function describeStatus(status: TaskStatus): { label: string; stage: string; tone: Tone } {
  if (status === "TIMED_OUT") return { label: "Timed out", stage: "stopped", tone: "failed" };
  if (isFailureStatus(status)) return { label: "Failed", stage: "stopped", tone: "failed" };
  const stage = STAGES[status] ?? { label: status, step: 0 };
  const tone = status === "SUCCESS" ? "done" : status === "FIRST_SUCCESS" ? "preview" : "progress";
  return { label: stage.label, stage: `stage ${stage.step} of 4`, tone };
}

export function StatusBadge({ status }: { status: TaskStatus }) {
  const { label, stage, tone } = describeStatus(status);
  return (
    <span
      data-testid="task-status"
      data-status={status}
      title={`${status}, ${stage}`}
      className={clsx(
        "inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium",
        "whitespace-nowrap",
        TONES[tone],
      )}
    >
      {tone === "progress" && (
        <span aria-hidden className="size-1.5 animate-pulse rounded-full bg-current" />
      )}
      {label}
      <span className="font-mono text-[10px] opacity-70">{status}</span>
    </span>
  );
}
