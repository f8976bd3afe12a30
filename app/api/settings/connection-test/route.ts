import { NextResponse } from "next/server";

import { authorize } from "@/lib/auth/authorize-request";
import { errorResponse } from "@/lib/http/respond";
import { testConnection } from "@/lib/settings/test-connection";

export const dynamic = "force-dynamic";

/** Checks that the provider is reachable and takes the configured key. */
export async function POST(request: Request) {
  try {
    await authorize(request, "admin");

    return NextResponse.json(await testConnection());
  } catch (error) {
    return errorResponse(error);
  }
}
