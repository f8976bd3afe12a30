import { NextResponse } from "next/server";

import { authorize } from "@/lib/auth/authorize-request";
import { errorResponse } from "@/lib/http/respond";
import { getTaskDetail } from "@/lib/tasks/get-task";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context) {
  try {
    const { id } = await context.params;

    await authorize(request, "read");

    return NextResponse.json({ task: await getTaskDetail(id) });
  } catch (error) {
    return errorResponse(error);
  }
}
