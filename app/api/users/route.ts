import { NextResponse } from "next/server";

import { authorize } from "@/lib/auth/authorize-request";
import { createUser, newUserSchema } from "@/lib/auth/create-user";
import { listUsers } from "@/lib/auth/list-users";
import { errorResponse } from "@/lib/http/respond";
import { readJson } from "@/lib/http/read-json";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    await authorize(request, "admin");

    const items = await listUsers();

    return NextResponse.json({ items });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Body `{email, password, role}`; 201 `{user}`, 409 when the email is taken. */
export async function POST(request: Request) {
  try {
    await authorize(request, "admin");
    const body = await readJson(request, newUserSchema);

    const user = await createUser(body);

    return NextResponse.json({ user }, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
