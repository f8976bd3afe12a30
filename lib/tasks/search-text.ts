type Searchable = { id: string; kind: string; input: unknown; upstreamTaskId?: string | null };

const INPUT_FIELDS = ["prompt", "title", "style", "tags", "negativeTags"];

/** One lower-cased string of what a person might type to find a task. */
export function searchTextOf(
  task: Searchable,
  results: { title: string | null; tags: string | null }[] = [],
): string {
  const input = (task.input ?? {}) as Record<string, unknown>;
  const parts = [
    task.id,
    task.kind,
    task.upstreamTaskId,
    ...INPUT_FIELDS.map((field) => input[field]),
    ...results.flatMap((result) => [result.title, result.tags]),
  ];
  return parts
    .filter((part): part is string => typeof part === "string" && part.length > 0)
    .join(" \u2022 ")
    .toLowerCase()
    .slice(0, 8000);
}
