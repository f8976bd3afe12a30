import { NextResponse } from "next/server";

import { authorize } from "@/lib/auth/authorize-request";
import { errorResponse } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** Who the session or token belongs to, and with which role. */
export async function GET(request: Request) {
  try {
    const actor = await authorize(request, "read");

    return NextResponse.json({ user: actor });
  } catch (error) {
    return errorResponse(error);
  }
}
