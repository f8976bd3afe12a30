import Link from "next/link";

import type { TaskDetailJson } from "./types";

const linkClass = "font-mono text-violet-700 hover:underline dark:text-violet-300";

/** The tasks this one is linked to: what it retries or derives from, and its own retries. */
export function TaskLinks({ task }: { task: TaskDetailJson }) {
  const linked = [...task.attempts, ...task.derived];
  if (!task.retryOf && !task.parentTaskId && linked.length === 0) return null;
  return (
    <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {task.retryOf && <LinkRow label="Retry of" ids={[task.retryOf]} />}
      {task.parentTaskId && <LinkRow label="Made from" ids={[task.parentTaskId]} />}
      {task.attempts.length > 0 && (
        <LinkRow label="Retried as" ids={task.attempts.map((attempt) => attempt.id)} />
      )}
      {task.derived.length > 0 && (
        <LinkRow label="Made from this" ids={task.derived.map((derived) => derived.id)} />
      )}
    </dl>
  );
}

function LinkRow({ label, ids }: { label: string; ids: string[] }) {
  return (
    <>
      <dt className="text-zinc-500">{label}</dt>
      <dd className="flex flex-wrap gap-3">
        {ids.map((id) => (
          <Link key={id} href={`/tasks/${id}`} className={linkClass}>
            {id}
          </Link>
        ))}
      </dd>
    </>
  );
}
