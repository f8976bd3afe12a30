"use client";

import {
  type Model,
  MODELS,
  promptLimit,
  SIMPLE_PROMPT_LIMIT,
  styleLimit,
  titleLimit,
} from "@/lib/anyint/inputs";

import { inputClass, labelClass } from "../ui";
import type { FieldIssue } from "./api";
import { CountedField } from "./counted-field";
import { issueFor } from "./validate-input";

export type SongState = {
  customMode: boolean;
  instrumental: boolean;
  model: Model;
  prompt: string;
  style: string;
  title: string;
};

export const EMPTY_SONG: SongState = {
  customMode: false,
  instrumental: false,
  model: "V4_5",
  prompt: "",
  style: "",
  title: "",
};

/** The input the provider expects: simple mode sends only the prompt. */
export function songInput(song: SongState): Record<string, unknown> {
  const base = { customMode: song.customMode, instrumental: song.instrumental, model: song.model };
  if (!song.customMode) return { ...base, prompt: song.prompt };
  const lyrics = song.instrumental && !song.prompt.trim() ? {} : { prompt: song.prompt };
  return { ...base, ...lyrics, style: song.style, title: song.title };
}

type Props = {
  song: SongState;
  onChange: (song: SongState) => void;
  issues: FieldIssue[];
};

/** Mode, instrumental, model, and the text fields with their limits for that model. */
export function SongFields({ song, onChange, issues }: Props) {
  const set = (patch: Partial<SongState>) => onChange({ ...song, ...patch });
  const shown = (field: keyof SongState) => (song[field] ? issueFor(issues, field) : undefined);

  return (
    <div className="space-y-5">
      <ModeAndModel song={song} set={set} />
      <CountedField
        id="song-prompt"
        label={song.customMode ? "Lyrics (prompt)" : "Prompt"}
        multiline
        value={song.prompt}
        onChange={(prompt) => set({ prompt })}
        limit={song.customMode ? promptLimit(song.model) : SIMPLE_PROMPT_LIMIT}
        error={shown("prompt")}
        hint={
          song.customMode
            ? "Sung as written; leave empty for an instrumental."
            : "Describe the song; the provider writes the lyrics."
        }
      />
      {song.customMode && (
        <div className="grid gap-5 sm:grid-cols-2">
          <CountedField
            id="song-style"
            label="Style"
            value={song.style}
            onChange={(style) => set({ style })}
            limit={styleLimit(song.model)}
            error={shown("style")}
          />
          <CountedField
            id="song-title"
            label="Title"
            value={song.title}
            onChange={(title) => set({ title })}
            limit={titleLimit(song.model)}
            error={shown("title")}
          />
        </div>
      )}
    </div>
  );
}

function ModeAndModel(props: { song: SongState; set: (patch: Partial<SongState>) => void }) {
  const { song, set } = props;
  return (
    <div className="flex flex-wrap items-end gap-6">
      <fieldset className="space-y-1.5">
        <legend className={labelClass}>Mode</legend>
        <div className="flex gap-4 text-sm">
          {[false, true].map((custom) => (
            <label key={String(custom)} className="flex items-center gap-2">
              <input
                type="radio"
                name="song-mode"
                className="accent-violet-600"
                checked={song.customMode === custom}
                onChange={() => set({ customMode: custom })}
              />
              {custom ? "Custom" : "Simple"}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-violet-600"
          checked={song.instrumental}
          onChange={(event) => set({ instrumental: event.target.checked })}
        />
        Instrumental
      </label>
      <div className="space-y-1.5">
        <label htmlFor="song-model" className={labelClass}>
          Model
        </label>
        <select
          id="song-model"
          className={inputClass}
          value={song.model}
          onChange={(event) => set({ model: event.target.value as Model })}
        >
          {MODELS.map((model) => (
            <option key={model}>{model}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
