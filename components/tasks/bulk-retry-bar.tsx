"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";

import { errorClass, secondaryButtonClass } from "../ui";
import { apiFetch, errorMessage } from "./api";

type RetryOutcome = {
  taskId: string;
  retriedAs: string | null;
  error: { code: string; message: string } | null;
};

type Props = { selectedIds: string[]; failedIds: string[]; onDone: () => void };

export function BulkRetryBar({ selectedIds, failedIds, onDone }: Props) {
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: (ids: string[]) =>
      apiFetch<{ results: RetryOutcome[] }>("/api/tasks/retry", { ids }),
    onSuccess: () => {
      onDone();
      void queryClient.invalidateQueries({ queryKey: ["tasks"] });
    },
  });

  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-zinc-600 dark:text-zinc-400">
        {selectedIds.length === 0
          ? "Select tasks to retry the failed ones."
          : `${selectedIds.length} selected, ${failedIds.length} failed`}
      </span>
      <button
        type="button"
        className={secondaryButtonClass}
        disabled={failedIds.length === 0 || retry.isPending}
        onClick={() => retry.mutate(failedIds)}
      >
        {retry.isPending ? "Retrying…" : "Retry failed"}
      </button>
      {retry.error && (
        <p role="alert" className={errorClass}>
          {errorMessage(retry.error)}
        </p>
      )}
      {retry.data && <RetrySummary outcomes={retry.data.results} />}
    </div>
  );
}

function RetrySummary({ outcomes }: { outcomes: RetryOutcome[] }) {
  const retried = outcomes.filter((outcome) => outcome.retriedAs);
  const refused = outcomes.filter((outcome) => outcome.error);
  return (
    <p role="status" className="text-zinc-700 dark:text-zinc-300">
      Retried {retried.length} {retried.length === 1 ? "task" : "tasks"}
      {retried.map((outcome, index) => (
        <Link key={outcome.taskId} href={`/tasks/${outcome.retriedAs}`} className="ml-2 underline">
          new attempt {index + 1}
        </Link>
      ))}
      {refused.map((outcome) => (
        <span key={outcome.taskId} className="ml-2 text-red-700 dark:text-red-300">
          {outcome.error?.message}
        </span>
      ))}
    </p>
  );
}
