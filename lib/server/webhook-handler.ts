import type { IncomingMessage, ServerResponse } from "node:http";

import { errorBody, errorPayload, statusOf } from "@/lib/http/error-payload";
import { receiveCallback } from "@/lib/webhooks/receive-callback";

import { readNodeBody } from "./read-node-body";

const WEBHOOK_PATH = /^\/api\/webhooks\/anyint\/([^/?#]+)\/?(?:\?.*)?$/;

/** The callback token when this request is a provider callback; undefined otherwise. */
export function webhookTokenOf(request: IncomingMessage): string | undefined {
  if (request.method !== "POST") return undefined;
  const token = WEBHOOK_PATH.exec(request.url ?? "")?.[1];
  return token === undefined ? undefined : decodeURIComponent(token);
}

/**
 * The provider's callbacks, answered by the HTTP server itself rather than through
 * Next.js: it is the hot path, and Next's request pipeline costs more than the receipt's
 * one lookup and one insert (see `npm run bench:webhooks`).
 */
export async function handleWebhook(
  request: IncomingMessage,
  response: ServerResponse,
  token: string,
) {
  try {
    const received = await receiveCallback({
      token,
      headers: headersOf(request),
      read: (limit) => readNodeBody(request, limit),
    });

    if (received.rejected) {
      const { code, message } = received.rejected;
      const tooLarge = code === "too_large";
      send(
        response,
        statusOf(code),
        errorBody(code, message, { receiptId: received.receiptId }),
        tooLarge,
      );
      return;
    }
    send(response, 200, { ok: true, receiptId: received.receiptId });
  } catch (error) {
    const { status, body } = errorPayload(error);
    send(response, status, body, !request.readableEnded);
  }
}

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, values] of Object.entries(request.headersDistinct)) {
    for (const value of values ?? []) headers.append(name, value);
  }
  return headers;
}

/** Closes the connection when the body was left unread, so it cannot be taken for a request. */
function send(response: ServerResponse, status: number, body: unknown, close = false) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
    ...(close ? { connection: "close" } : {}),
  });
  response.end(text);
}
