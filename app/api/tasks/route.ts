import { NextResponse } from "next/server";
import { z } from "zod";

import { authorize } from "@/lib/auth/authorize-request";
import { parseOrBadInput, readJson } from "@/lib/http/read-json";
import { errorResponse } from "@/lib/http/respond";
import { getTaskView } from "@/lib/tasks/get-task";
import { listQuerySchema, listTasks } from "@/lib/tasks/list-tasks";
import { TASK_KINDS } from "@/lib/tasks/status";
import { submitTask } from "@/lib/tasks/submit-task";

export const dynamic = "force-dynamic";

const createSchema = z.object({
  kind: z.enum(TASK_KINDS, { message: `kind must be one of ${TASK_KINDS.join(", ")}` }),
  input: z.record(z.string(), z.unknown()).default({}),
  parentTaskId: z.string().min(1).optional(),
  trackId: z.string().min(1).optional(),
});

export async function GET(request: Request) {
  try {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const query = parseOrBadInput(listQuerySchema, params);

    await authorize(request, "read");

    return NextResponse.json(await listTasks(query));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request) {
  try {
    const actor = await authorize(request, "write");
    const body = await readJson(request, createSchema);
    const idempotencyKey = request.headers.get("idempotency-key")?.slice(0, 200) || undefined;

    const submitted = await submitTask({
      kind: body.kind,
      input: body.input,
      userId: actor.userId,
      idempotencyKey,
      from: body.parentTaskId
        ? { parentTaskId: body.parentTaskId, trackId: body.trackId }
        : undefined,
    });

    const task = await getTaskView(submitted.taskId);
    return NextResponse.json({ task }, { status: submitted.created ? 201 : 200 });
  } catch (error) {
    return errorResponse(error);
  }
}
