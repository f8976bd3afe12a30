import { NextResponse } from "next/server";
import { z } from "zod";

import { authorize } from "@/lib/auth/authorize-request";
import { readJson } from "@/lib/http/read-json";
import { errorResponse } from "@/lib/http/respond";
import { retryTasks } from "@/lib/tasks/retry-task";

export const dynamic = "force-dynamic";

const bulkSchema = z.object({ ids: z.array(z.string().min(1)).min(1).max(100) });

/** Retries several failed tasks at once; each id gets its own outcome. */
export async function POST(request: Request) {
  try {
    const actor = await authorize(request, "write");
    const body = await readJson(request, bulkSchema);

    const results = await retryTasks({ taskIds: body.ids, userId: actor.userId });

    return NextResponse.json({ results });
  } catch (error) {
    return errorResponse(error);
  }
}
