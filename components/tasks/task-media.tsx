import type { ReactNode } from "react";

import { AudioPlayer } from "./audio-player";
import { panelClass } from "./track-card";
import type { TaskResults } from "./types";

const linkClass = "text-sm font-medium text-violet-700 hover:underline dark:text-violet-300";

/** The results that are not tracks: videos, stems, WAV files, lyrics and images. */
export function TaskMedia({ results }: { results: TaskResults }) {
  return (
    <>
      {results.videos.map((video, index) => (
        <MediaPanel key={video.id} title={`Video ${index + 1}`}>
          {video.videoUrl && (
            <>
              <video controls src={video.videoUrl} className="w-full rounded-lg bg-black" />
              <a href={video.videoUrl} download className={linkClass}>
                Download video {index + 1}
              </a>
            </>
          )}
        </MediaPanel>
      ))}
      {results.stems.length > 0 && (
        <MediaPanel title="Stems">
          {results.stems.map((stem) => (
            <LabelledAudio key={stem.id} label={stem.name} url={stem.audioUrl} />
          ))}
        </MediaPanel>
      )}
      {results.wav.map((wav, index) => (
        <MediaPanel key={wav.id} title={`WAV ${index + 1}`}>
          <LabelledAudio label={`WAV ${index + 1}`} url={wav.audioUrl} />
        </MediaPanel>
      ))}
      {results.lyrics.map((lyric, index) => (
        <MediaPanel key={lyric.id} title={lyric.title ?? `Lyrics ${index + 1}`}>
          <pre className="font-sans text-sm whitespace-pre-wrap">{lyric.text}</pre>
        </MediaPanel>
      ))}
      {results.images.length > 0 && <ImageGrid images={results.images} />}
    </>
  );
}

function MediaPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className={`${panelClass} space-y-3`}>
      <h3 className="text-base font-semibold">{title}</h3>
      {children}
    </section>
  );
}

function LabelledAudio({ label, url }: { label: string; url: string | null }) {
  if (!url) return <p className="text-sm text-zinc-500">{label}: no file yet.</p>;
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-3 text-sm font-medium">
        {label}
        <a href={url} download className={linkClass}>
          Download {label}
        </a>
      </div>
      <AudioPlayer src={url} label={label} />
    </div>
  );
}

function ImageGrid({ images }: { images: TaskResults["images"] }) {
  return (
    <MediaPanel title="Images">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {images.map((image, index) =>
          image.imageUrl ? (
            <a key={image.id} href={image.imageUrl} download className="block">
              {/* eslint-disable-next-line @next/next/no-img-element -- remote result images */}
              <img
                src={image.imageUrl}
                alt={`Image ${index + 1}`}
                className="aspect-square w-full rounded-lg object-cover"
              />
            </a>
          ) : null,
        )}
      </div>
    </MediaPanel>
  );
}
