import { NextResponse } from "next/server";
import { z } from "zod";

import { authorize } from "@/lib/auth/authorize-request";
import { createApiToken, tokenNameSchema } from "@/lib/auth/create-api-token";
import { listApiTokens } from "@/lib/auth/list-api-tokens";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/respond";
import { readJson } from "@/lib/http/read-json";

export const dynamic = "force-dynamic";

const createBody = z.object({ name: tokenNameSchema, userId: z.string().min(1).optional() });

/** `?userId=` another user's tokens, `?all=true` everyone's; both for admins only. */
export async function GET(request: Request) {
  try {
    const query = new URL(request.url).searchParams;
    const others = query.get("all") === "true" || query.has("userId");
    const actor = await authorize(request, others ? "admin" : "read");

    const userId = query.get("all") === "true" ? undefined : (query.get("userId") ?? actor.userId);
    const items = await listApiTokens({ userId });

    return NextResponse.json({ items });
  } catch (error) {
    return errorResponse(error);
  }
}

/** Mints a token, for oneself or (admins) for another user; 201 with its value, once. */
export async function POST(request: Request) {
  try {
    const actor = await authorize(request, "write");
    const body = await readJson(request, createBody);
    const userId = body.userId ?? actor.userId;
    if (userId !== actor.userId && actor.role !== "admin") {
      throw new AppError("forbidden", "Only admins create tokens for other users.");
    }

    const created = await createApiToken({ userId, name: body.name });

    return NextResponse.json(created, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
