import Link from "next/link";

import { cellClass } from "../table";
import {
  formatAge,
  formatDuration,
  taskCover,
  taskDuration,
  taskSubtitle,
  taskTitle,
} from "./format";
import { StatusBadge } from "./status-badge";
import { TaskCover } from "./task-cover";
import type { TaskJson } from "./types";

type Props = {
  task: TaskJson;
  now: number;
  selectable: boolean;
  selected: boolean;
  onToggle: (id: string) => void;
};

export function TaskRow({ task, now, selectable, selected, onToggle }: Props) {
  const title = taskTitle(task);
  const subtitle = taskSubtitle(task);
  return (
    <tr className="hover:bg-zinc-50 dark:hover:bg-zinc-800/40">
      {selectable && (
        <td className={cellClass}>
          <input
            type="checkbox"
            aria-label={`Select ${title}`}
            className="size-4 accent-violet-600"
            checked={selected}
            onChange={() => onToggle(task.id)}
          />
        </td>
      )}
      <td className={cellClass}>
        <TaskCover url={taskCover(task)} size="sm" />
      </td>
      <td className={`${cellClass} max-w-80`}>
        <Link href={`/tasks/${task.id}`} className="line-clamp-2 font-medium hover:underline">
          {title}
        </Link>
        {subtitle && (
          <p className="mt-0.5 line-clamp-1 text-xs text-zinc-500 dark:text-zinc-400">{subtitle}</p>
        )}
        {task.error?.message && (
          <p className="mt-0.5 line-clamp-2 text-xs text-red-700 dark:text-red-300">
            {task.error.message}
          </p>
        )}
      </td>
      <td className={`${cellClass} text-zinc-600 dark:text-zinc-400`}>{task.kind}</td>
      <td className={cellClass}>
        <StatusBadge status={task.status} />
      </td>
      <td className={`${cellClass} whitespace-nowrap text-zinc-600 dark:text-zinc-400`}>
        <time dateTime={task.createdAt}>{formatAge(task.createdAt, now)}</time>
      </td>
      <td className={`${cellClass} font-mono text-xs text-zinc-600 dark:text-zinc-400`}>
        {formatDuration(taskDuration(task))}
      </td>
    </tr>
  );
}
