import { clsx } from "clsx";

import { inputClass, labelClass } from "../ui";

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  limit: number;
  unit?: "characters" | "words";
  multiline?: boolean;
  error?: string;
  hint?: string;
};

export function countWords(value: string): number {
  return value.trim().split(/\s+/).filter(Boolean).length;
}

/** A text field with its running count against the provider's limit, and its problem. */
export function CountedField(props: Props) {
  const { id, value, limit, unit = "characters", error } = props;
  const count = unit === "words" ? countWords(value) : value.length;
  const over = count > limit;
  const shared = {
    id,
    value,
    className: clsx(inputClass, error && "border-red-400 dark:border-red-700"),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": `${id}-count${error ? ` ${id}-error` : ""}`,
    onChange: (event: { target: { value: string } }) => props.onChange(event.target.value),
  };

  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={id} className={labelClass}>
          {props.label}
        </label>
        <span
          id={`${id}-count`}
          className={clsx(
            "font-mono text-xs tabular-nums",
            over ? "text-red-600" : "text-zinc-500",
          )}
        >
          {count} / {limit} {unit}
        </span>
      </div>
      {props.multiline ? <textarea rows={5} {...shared} /> : <input type="text" {...shared} />}
      {props.hint && <p className="text-xs text-zinc-500">{props.hint}</p>}
      {error && (
        <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  );
}
