import { clsx } from "clsx";

/** The few shared looks of forms and cards, so pages do not repeat long class lists. */
export const inputClass = clsx(
  "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-xs",
  "placeholder:text-zinc-400 focus:border-violet-500 focus:ring-2 focus:ring-violet-500/30",
  "focus:outline-none dark:border-zinc-700 dark:bg-zinc-900",
);

export const labelClass = "block text-sm font-medium text-zinc-700 dark:text-zinc-300";

export const primaryButtonClass = clsx(
  "inline-flex items-center justify-center rounded-md bg-violet-600 px-4 py-2 text-sm",
  "font-medium text-white shadow-xs hover:bg-violet-500 focus-visible:outline-2",
  "focus-visible:outline-offset-2 focus-visible:outline-violet-600 disabled:opacity-60",
);

export const secondaryButtonClass = clsx(
  "inline-flex items-center justify-center rounded-md border border-zinc-300 bg-white px-3",
  "py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 disabled:opacity-60",
  "dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800",
);

export const cardClass = clsx(
  "rounded-xl border border-zinc-200 bg-white p-6 shadow-sm",
  "dark:border-zinc-800 dark:bg-zinc-900",
);

export const errorClass = clsx(
  "rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800",
  "dark:border-red-900 dark:bg-red-950 dark:text-red-200",
);
