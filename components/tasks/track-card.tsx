import { clsx } from "clsx";

import { AudioPlayer } from "./audio-player";
import { formatDuration } from "./format";
import { TaskCover } from "./task-cover";
import { TrackActions } from "./track-actions";
import type { TaskJson, Track } from "./types";

export const panelClass = clsx(
  "rounded-xl border border-zinc-200 bg-white p-5 shadow-sm",
  "dark:border-zinc-800 dark:bg-zinc-900",
);

const previewBadgeClass = clsx(
  "rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800",
  "dark:bg-amber-950 dark:text-amber-200",
);

type Props = { task: TaskJson; track: Track; index: number; canWrite: boolean };

/** One track: cover, title, tags, a player (the stream as a preview until final), download. */
export function TrackCard({ task, track, index, canWrite }: Props) {
  const label = track.title ?? `Track ${index + 1}`;
  const final = task.ready ? track.audioUrl : null;
  const src = final ?? track.streamAudioUrl ?? track.audioUrl;

  return (
    <article aria-label={label} className={clsx(panelClass, "flex flex-col gap-4 sm:flex-row")}>
      <TaskCover url={track.imageUrl} size="lg" alt={`Cover of ${label}`} />
      <div className="min-w-0 flex-1 space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <h3 className="truncate text-base font-semibold">{label}</h3>
          {!final && src && <span className={previewBadgeClass}>Preview</span>}
          <span className="font-mono text-xs text-zinc-500">
            {formatDuration(track.duration)} {track.modelName}
          </span>
        </div>
        {track.tags && <p className="text-sm text-zinc-600 dark:text-zinc-400">{track.tags}</p>}
        {src ? (
          <AudioPlayer src={src} label={label} knownDuration={track.duration} />
        ) : (
          <p className="text-sm text-zinc-500">No audio yet.</p>
        )}
        <div className="flex flex-wrap items-center gap-4 text-sm">
          {final && (
            <a
              href={final}
              download
              className="font-medium text-violet-700 hover:underline dark:text-violet-300"
            >
              Download {label}
            </a>
          )}
        </div>
        {canWrite && task.ready && (
          <TrackActions taskId={task.id} trackId={track.id} trackLabel={label} />
        )}
      </div>
    </article>
  );
}
