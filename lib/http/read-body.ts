export type ReadBody = { bytes: Buffer; size: number; tooLarge: boolean };

/**
 * Reads a request body up to `limit` bytes. Past the limit it stops reading and says
 * so, keeping what it read, so a huge body costs no more than the limit in memory.
 */
export async function readBody(request: Request, limit: number): Promise<ReadBody> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    return { bytes: Buffer.alloc(0), size: declared, tooLarge: true };
  }
  if (!request.body) return { bytes: Buffer.alloc(0), size: 0, tooLarge: false };

  const chunks: Buffer[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { bytes: Buffer.concat(chunks), size, tooLarge: true };
    }
    chunks.push(Buffer.from(value));
  }
  return { bytes: Buffer.concat(chunks), size, tooLarge: false };
}
