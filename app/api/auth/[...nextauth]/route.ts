import type { NextRequest } from "next/server";

import { handlers } from "@/lib/auth/auth";
import { relativeRedirect } from "@/lib/auth/relative-redirect";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  return relativeRedirect(await handlers.GET(request), request);
}

export async function POST(request: NextRequest) {
  return relativeRedirect(await handlers.POST(request), request);
}
