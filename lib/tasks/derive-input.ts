import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { DERIVED_KINDS, type TaskKind } from "./status";

export type DerivedFrom = { parentTaskId: string; trackId?: string };

/**
 * Fills in what a derived task (extend, WAV, video, stems, cover art) needs from the
 * finished task it starts from: the provider's task id, the track's id and, for extend,
 * the model and the track's length.
 */
export async function deriveInput(options: {
  db: Db;
  kind: TaskKind;
  input: Record<string, unknown>;
  from: DerivedFrom;
}) {
  const { db, kind, input, from } = options;
  if (!DERIVED_KINDS.includes(kind)) {
    throw new AppError("bad_input", `A ${kind} task does not start from another task's track.`);
  }

  const parent = await db.task.findUnique({
    where: { id: from.parentTaskId },
    include: { results: { where: { type: "track" }, orderBy: { position: "asc" } } },
  });
  if (!parent) throw new AppError("not_found", `Task ${from.parentTaskId} does not exist.`);
  if (parent.status !== "SUCCESS" || !parent.upstreamTaskId) {
    throw new AppError(
      "conflict",
      `Task ${parent.id} has not finished yet (it is ${parent.status}).`,
    );
  }

  const track = from.trackId
    ? parent.results.find((result) => result.id === from.trackId || result.key === from.trackId)
    : parent.results[0];
  if (!track && kind !== "cover-art") {
    throw new AppError("bad_input", `Task ${parent.id} has no track ${from.trackId ?? ""}`.trim());
  }

  const parentInput = (parent.input ?? {}) as Record<string, unknown>;
  const extra =
    kind === "extend"
      ? { model: input.model ?? parentInput.model, sourceDuration: track?.duration ?? undefined }
      : {};
  return {
    ...extra,
    ...input,
    taskId: parent.upstreamTaskId,
    ...(track ? { audioId: track.key } : {}),
  };
}
