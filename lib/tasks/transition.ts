import { isFailureStatus, progressRank, type TaskStatus } from "./status";

export type TransitionOutcome = "advance" | "same" | "regression" | "terminal";

/**
 * Decides what a reported status does to a task. Progress only moves forward; failures
 * and TIMED_OUT are terminal, except that a verified SUCCESS still beats TIMED_OUT.
 * SUCCESS is only ever reported here once verified: callers confirm it first.
 */
export function decideTransition(current: TaskStatus, reported: TaskStatus): TransitionOutcome {
  if (current === reported) return "same";
  if (isFailureStatus(current)) return "terminal";
  if (current === "TIMED_OUT") return reported === "SUCCESS" ? "advance" : "terminal";
  if (current === "SUCCESS") return "regression";
  if (isFailureStatus(reported) || reported === "TIMED_OUT") return "advance";
  return progressRank(reported) > progressRank(current) ? "advance" : "regression";
}

/** The stage timestamp a status sets when a task reaches it. */
export function stageTimestampOf(status: TaskStatus) {
  switch (status) {
    case "PENDING":
      return "acceptedAt" as const;
    case "TEXT_SUCCESS":
      return "textAt" as const;
    case "FIRST_SUCCESS":
      return "firstAt" as const;
    case "SUCCESS":
      return "succeededAt" as const;
    case "TIMED_OUT":
      return "timedOutAt" as const;
    case "SUBMITTING":
      return "submittedAt" as const;
    default:
      return "failedAt" as const;
  }
}
