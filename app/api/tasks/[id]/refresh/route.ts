import { NextResponse } from "next/server";

import { authorize } from "@/lib/auth/authorize-request";
import { errorResponse } from "@/lib/http/respond";
import { getTaskView } from "@/lib/tasks/get-task";
import { refreshTask } from "@/lib/tasks/refresh-task";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function POST(request: Request, context: Context) {
  try {
    const { id } = await context.params;

    await authorize(request, "write");
    await refreshTask(id);

    return NextResponse.json({ task: await getTaskView(id) });
  } catch (error) {
    return errorResponse(error);
  }
}
