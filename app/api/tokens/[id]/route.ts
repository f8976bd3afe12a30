import { NextResponse } from "next/server";

import { authorize } from "@/lib/auth/authorize-request";
import { revokeApiToken } from "@/lib/auth/revoke-api-token";
import { errorResponse } from "@/lib/http/respond";

export const dynamic = "force-dynamic";

/** Revokes a token: its owner's own, or anyone's for an admin. */
export async function DELETE(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const actor = await authorize(request, "write");
    const { id } = await context.params;

    const token = await revokeApiToken({ tokenId: id, actor });

    return NextResponse.json({ token });
  } catch (error) {
    return errorResponse(error);
  }
}
