import { validateTaskInput } from "@/lib/anyint/inputs";
import { isAppError } from "@/lib/errors";
import type { TaskKind } from "@/lib/tasks/status";

import type { FieldIssue } from "./api";

// Fields a derived task gets from the task it starts from, filled in by the server.
const FROM_PARENT = new Set(["taskId", "audioId", "model", "sourceDuration"]);

/** The provider's rules, checked in the browser as the form is filled in: every problem. */
export function inputIssues(kind: TaskKind, input: unknown, fromParent = false): FieldIssue[] {
  try {
    validateTaskInput(kind, input);
    return [];
  } catch (error) {
    if (!isAppError(error) || !Array.isArray(error.details)) throw error;
    const issues = error.details as FieldIssue[];
    return fromParent ? issues.filter((issue) => !FROM_PARENT.has(issue.path[0] ?? "")) : issues;
  }
}

/** The first problem with one field, by its name. */
export function issueFor(issues: FieldIssue[], field: string): string | undefined {
  return issues.find((issue) => issue.path[0] === field)?.message;
}
