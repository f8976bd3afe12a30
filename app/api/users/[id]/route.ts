import { NextResponse } from "next/server";
import { z } from "zod";

import { authorize } from "@/lib/auth/authorize-request";
import { changeUserRole } from "@/lib/auth/change-user-role";
import { roleSchema } from "@/lib/auth/roles";
import { errorResponse } from "@/lib/http/respond";
import { readJson } from "@/lib/http/read-json";

export const dynamic = "force-dynamic";

const patchBody = z.object({ role: roleSchema });

/** Body `{role}`; 409 when it would leave no admin. */
export async function PATCH(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const actor = await authorize(request, "admin");
    const { id } = await context.params;
    const body = await readJson(request, patchBody);

    const user = await changeUserRole({ userId: id, role: body.role, changedBy: actor.userId });

    return NextResponse.json({ user });
  } catch (error) {
    return errorResponse(error);
  }
}
