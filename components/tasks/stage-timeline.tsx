import { clsx } from "clsx";

import { formatClock } from "./format";
import type { Timeline } from "./types";

const STAGES: { key: keyof Timeline; label: string; failure?: boolean }[] = [
  { key: "submittedAt", label: "Submitted" },
  { key: "acceptedAt", label: "Accepted" },
  { key: "textAt", label: "Text ready" },
  { key: "firstAt", label: "Preview" },
  { key: "succeededAt", label: "Ready" },
  { key: "failedAt", label: "Failed", failure: true },
  { key: "timedOutAt", label: "Timed out", failure: true },
];

/** What to say for a stage without a time: skipped when the task went past it, else not yet. */
function missingLabel(timeline: Timeline, index: number): string {
  const later = STAGES.slice(index + 1).some((stage) => !stage.failure && timeline[stage.key]);
  return later ? "skipped" : "not yet";
}

/** Each stage the task has passed, with its time; stages not reached yet stay grey. */
export function StageTimeline({ timeline }: { timeline: Timeline }) {
  const stages = STAGES.filter((stage) => !stage.failure || timeline[stage.key]);
  return (
    <ol aria-label="Stages" className="grid gap-3 sm:grid-cols-5">
      {stages.map((stage) => {
        const at = timeline[stage.key];
        return (
          <li key={stage.key} className="flex items-start gap-2">
            <span
              aria-hidden
              className={clsx(
                "mt-1 size-2.5 shrink-0 rounded-full",
                !at && "bg-zinc-300 dark:bg-zinc-700",
                at && (stage.failure ? "bg-red-500" : "bg-violet-500"),
              )}
            />
            <span>
              <span className={clsx("block text-sm font-medium", !at && "text-zinc-400")}>
                {stage.label}
              </span>
              <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                {at ? (
                  <time dateTime={at}>{formatClock(at)}</time>
                ) : (
                  missingLabel(timeline, STAGES.indexOf(stage))
                )}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
