import { NextResponse } from "next/server";
import { z } from "zod";

import { authorize } from "@/lib/auth/authorize-request";
import { readJson } from "@/lib/http/read-json";
import { errorResponse } from "@/lib/http/respond";
import { getTaskView } from "@/lib/tasks/get-task";
import { retryTask } from "@/lib/tasks/retry-task";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const retrySchema = z.object({ input: z.record(z.string(), z.unknown()).optional() });

export async function POST(request: Request, context: Context) {
  try {
    const { id } = await context.params;
    const actor = await authorize(request, "write");
    const body = await readJson(request, retrySchema);

    const { taskId } = await retryTask({ taskId: id, input: body.input, userId: actor.userId });

    return NextResponse.json({ task: await getTaskView(taskId) }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
