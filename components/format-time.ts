// One fixed zone and locale, so the server's render and the browser's agree.
const FORMAT = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export function formatTime(iso: string | null, never = "never"): string {
  return iso ? `${FORMAT.format(new Date(iso))} UTC` : never;
}
