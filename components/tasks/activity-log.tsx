import { clsx } from "clsx";

import { formatClock, prettyJson } from "./format";
import type { Poll, Receipt } from "./types";

const rawClass = clsx(
  "max-h-96 overflow-auto border-t border-zinc-200 bg-zinc-50 p-3 text-xs",
  "dark:border-zinc-800 dark:bg-zinc-950",
);

type Entry =
  | { type: "callback"; at: string; id: string; receipt: Receipt }
  | { type: "poll"; at: string; id: string; poll: Poll };

function entriesOf(receipts: Receipt[], polls: Poll[]): Entry[] {
  const entries: Entry[] = [
    ...receipts.map((receipt) => ({
      type: "callback" as const,
      at: receipt.receivedAt,
      id: receipt.id,
      receipt,
    })),
    ...polls.map((poll) => ({ type: "poll" as const, at: poll.startedAt, id: poll.id, poll })),
  ];
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

/** Every callback received and every poll made, oldest first, each with its raw data. */
export function ActivityLog({ receipts, polls }: { receipts: Receipt[]; polls: Poll[] }) {
  const entries = entriesOf(receipts, polls);
  if (entries.length === 0) {
    return <p className="text-sm text-zinc-500">No callbacks or polls yet.</p>;
  }
  return (
    <ol aria-label="Callbacks and polls" className="space-y-2">
      {entries.map((entry) => (
        <li key={`${entry.type}-${entry.id}`}>
          <details className="group rounded-lg border border-zinc-200 dark:border-zinc-800">
            <summary className="flex cursor-pointer flex-wrap items-center gap-3 px-3 py-2 text-sm">
              <time dateTime={entry.at} className="font-mono text-xs text-zinc-500">
                {formatClock(entry.at)}
              </time>
              <EntryTag type={entry.type} />
              <span>
                {entry.type === "callback"
                  ? receiptSummary(entry.receipt)
                  : pollSummary(entry.poll)}
              </span>
            </summary>
            <pre className={rawClass}>
              {entry.type === "callback" ? receiptJson(entry.receipt) : prettyJson(entry.poll)}
            </pre>
          </details>
        </li>
      ))}
    </ol>
  );
}

function EntryTag({ type }: { type: Entry["type"] }) {
  return (
    <span
      className={clsx(
        "rounded px-1.5 py-0.5 text-xs font-medium",
        type === "callback"
          ? "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-200"
          : "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
      )}
    >
      {type === "callback" ? "Callback" : "Poll"}
    </span>
  );
}

function receiptSummary(receipt: Receipt): string {
  const detail = receipt.outcomeDetail ? ` (${receipt.outcomeDetail})` : "";
  return `${receipt.callbackType ?? "callback"}: ${receipt.outcome}${detail}`;
}

function pollSummary(poll: Poll): string {
  if (poll.error) return `${poll.trigger}: ${poll.error}`;
  const latency = poll.latencyMs === null ? "" : `, ${poll.latencyMs} ms`;
  const seen = poll.statusSeen ?? "nothing";
  return `${poll.trigger}: HTTP ${poll.httpStatus ?? "–"}, saw ${seen}${latency}`;
}

function receiptJson(receipt: Receipt): string {
  const meta = { sourceAddress: receipt.sourceAddress, headers: receipt.headers };
  return `${prettyJson(receipt.rawBody)}\n\n${prettyJson(meta)}`;
}
