import { clsx } from "clsx";
import Link from "next/link";

import { primaryButtonClass } from "../ui";

const boxClass = clsx(
  "rounded-xl border border-dashed border-zinc-300 px-6 py-14 text-center",
  "dark:border-zinc-700",
);

export function ListEmptyState({ filtered, canWrite }: { filtered: boolean; canWrite: boolean }) {
  return (
    <div className={boxClass}>
      <h2 className="text-lg font-semibold">{filtered ? "No tasks match" : "No tasks yet"}</h2>
      <p className="mx-auto mt-1 max-w-md text-sm text-zinc-600 dark:text-zinc-400">
        {filtered
          ? "Nothing matches these filters. Clear them or search for something else."
          : "Songs, lyrics, stems, videos and cover art you create appear here as they progress."}
      </p>
      {canWrite && !filtered && (
        <Link href="/tasks/new" className={`${primaryButtonClass} mt-5`}>
          New task
        </Link>
      )}
    </div>
  );
}
