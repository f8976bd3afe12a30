import { clsx } from "clsx";

const SIZES = { sm: "size-10 rounded-md", lg: "size-28 rounded-lg" } as const;

/** A result's cover image, or a quiet placeholder while there is none. */
export function TaskCover({
  url,
  size,
  alt = "",
}: {
  url: string | null;
  size: "sm" | "lg";
  alt?: string;
}) {
  const box = clsx(SIZES[size], "shrink-0 bg-zinc-200 object-cover dark:bg-zinc-800");
  if (!url)
    return (
      <div
        aria-hidden
        className={clsx(
          box,
          "bg-linear-to-br from-violet-200 to-sky-200 dark:from-violet-950 dark:to-sky-950",
        )}
      />
    );
  // The images come from the provider's (or simulator's) host, not from next/image's loader.
  // eslint-disable-next-line @next/next/no-img-element -- remote, unoptimised result images
  return <img src={url} alt={alt} className={box} loading="lazy" />;
}
