import { NextResponse } from "next/server";

import { readBody } from "@/lib/http/read-body";
import { errorBody, errorResponse, statusOf } from "@/lib/http/respond";
import { receiveCallback } from "@/lib/webhooks/receive-callback";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ token: string }> };

export async function POST(request: Request, context: Context) {
  const { token } = await context.params;

  try {
    const received = await receiveCallback({
      token,
      headers: request.headers,
      read: (limit) => readBody(request, limit),
    });

    if (received.rejected) {
      const { code, message } = received.rejected;
      return NextResponse.json(errorBody(code, message, { receiptId: received.receiptId }), {
        status: statusOf(code),
      });
    }
    return NextResponse.json({ ok: true, receiptId: received.receiptId });
  } catch (error) {
    return errorResponse(error);
  }
}
