import { clsx } from "clsx";

export const tableClass = "w-full text-left text-sm";
export const headCellClass = clsx(
  "border-b border-zinc-200 py-2 pr-4 text-xs font-medium tracking-wide uppercase",
  "text-zinc-500 dark:border-zinc-800",
);
export const cellClass = "border-b border-zinc-100 py-2.5 pr-4 align-middle dark:border-zinc-800";
