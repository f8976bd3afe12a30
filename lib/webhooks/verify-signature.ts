import { createHmac, timingSafeEqual } from "node:crypto";

const TOLERANCE_MS = 5 * 60 * 1000;

/**
 * Checks an HMAC-SHA256 signature over the raw body (over "timestamp.body" when the
 * timestamp header is present, which also bounds replays to five minutes). The header
 * may carry the hex digest bare or as "sha256=<hex>".
 */
export function signatureIsValid(options: {
  secret: string;
  rawBody: string;
  signature: string | undefined;
  timestamp: string | undefined;
  now?: number;
}): boolean {
  const { secret, rawBody, signature, timestamp } = options;
  if (!signature) return false;
  if (timestamp !== undefined) {
    const sent = Number(timestamp) * (timestamp.length > 11 ? 1 : 1000);
    if (!Number.isFinite(sent) || Math.abs((options.now ?? Date.now()) - sent) > TOLERANCE_MS)
      return false;
  }

  const signed = timestamp !== undefined ? `${timestamp}.${rawBody}` : rawBody;
  const expected = createHmac("sha256", secret).update(signed).digest();
  const given = Buffer.from(signature.replace(/^sha256=/i, "").trim(), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function signBody(secret: string, rawBody: string, timestamp?: string): string {
  const signed = timestamp !== undefined ? `${timestamp}.${rawBody}` : rawBody;
  return `sha256=${createHmac("sha256", secret).update(signed).digest("hex")}`;
}
