import { createHash, randomBytes } from "node:crypto";

/**
 * SHA-256 is enough for values with 256 bits of randomness: nobody can guess their way
 * to a preimage, so a slow hash would only slow down every request.
 */
export function hashSecret(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}
