import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** An unguessable token for one task's callback URL; only its hash is stored. */
export function newCallbackToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashCallbackToken(token) };
}

export function hashCallbackToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Compares in constant time, so the answer's timing says nothing about the stored hash. */
export function callbackTokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashCallbackToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export function callbackUrlFor(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/api/webhooks/anyint/${token}`;
}
