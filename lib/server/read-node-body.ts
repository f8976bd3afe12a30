import type { IncomingMessage } from "node:http";

import type { ReadBody } from "@/lib/webhooks/receive-callback";

/** A Node request's body up to `limit` bytes; past it, stops reading and says so. */
export function readNodeBody(request: IncomingMessage, limit: number): Promise<ReadBody> {
  const declared = Number(request.headers["content-length"] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.resolve({ bytes: Buffer.alloc(0), size: declared, tooLarge: true });
  }

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off("data", onData);
        request.pause();
        resolve({ bytes: Buffer.concat(chunks), size, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.once("end", () => resolve({ bytes: Buffer.concat(chunks), size, tooLarge: false }));
    request.once("error", reject);
  });
}
