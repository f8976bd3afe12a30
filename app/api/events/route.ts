import { authorize } from "@/lib/auth/authorize-request";
import { taskChangeStream } from "@/lib/events/change-feed";
import { errorResponse } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** Server-sent events: one `task` event per task change. */
export async function GET(request: Request) {
  try {
    await authorize(request, "read");

    return new Response(taskChangeStream(request.signal), {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-store, no-transform",
        Connection: "keep-alive",
        "X-Accel-Buffering": "no",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
