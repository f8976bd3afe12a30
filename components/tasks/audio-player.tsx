"use client";

import { clsx } from "clsx";
import { useRef, useState } from "react";

import { formatDuration } from "./format";

const playButtonClass = clsx(
  "inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-violet-600",
  "text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2",
  "focus-visible:outline-violet-600 disabled:opacity-50",
);

/** Play, pause and seek one audio file; the bar shows how far it has played. */
type Props = {
  src: string;
  label: string;
  /** The length the task reported, until the file says. */ knownDuration?: number | null;
};

export function AudioPlayer({ src, label, knownDuration }: Props) {
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState(0);
  const [loaded, setLoaded] = useState(0);
  const duration = Number.isFinite(loaded) && loaded > 0 ? loaded : (knownDuration ?? 0);

  function toggle() {
    const element = audio.current;
    if (!element) return;
    if (element.paused) void element.play();
    else element.pause();
  }

  function seek(to: number) {
    if (audio.current) audio.current.currentTime = to;
    setTime(to);
  }

  return (
    <div className="flex items-center gap-3">
      <audio
        ref={audio}
        src={src}
        preload="metadata"
        aria-label={label}
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onTimeUpdate={(event) => setTime(event.currentTarget.currentTime)}
        onLoadedMetadata={(event) => setLoaded(event.currentTarget.duration)}
        onDurationChange={(event) => setLoaded(event.currentTarget.duration)}
      />
      <button
        type="button"
        className={playButtonClass}
        onClick={toggle}
        aria-label={`${playing ? "Pause" : "Play"} ${label}`}
      >
        <span aria-hidden>{playing ? "❚❚" : "▶"}</span>
      </button>
      <SeekBar label={label} time={time} duration={duration} onSeek={seek} />
      <span className="w-20 shrink-0 text-right font-mono text-xs text-zinc-500 tabular-nums">
        {formatDuration(time)} / {formatDuration(duration) || "–"}
      </span>
    </div>
  );
}

const seekClass = clsx(
  "seek-bar h-2 w-full cursor-pointer appearance-none rounded-full",
  "disabled:cursor-default",
);
const PLAYED = "rgb(124 58 237)";
const UNPLAYED = "rgb(161 161 170 / 0.35)";

type SeekProps = { label: string; time: number; duration: number; onSeek: (to: number) => void };

function SeekBar({ label, time, duration, onSeek }: SeekProps) {
  const known = Number.isFinite(duration) && duration > 0;
  const played = known ? Math.min(100, (time / duration) * 100) : 0;
  return (
    <input
      type="range"
      aria-label={`Seek ${label}`}
      min={0}
      max={known ? duration : 0}
      step={0.1}
      value={known ? time : 0}
      disabled={!known}
      onChange={(event) => onSeek(Number(event.target.value))}
      className={seekClass}
      style={{
        background: `linear-gradient(to right, ${PLAYED} ${played}%, ${UNPLAYED} ${played}%)`,
      }}
    />
  );
}
