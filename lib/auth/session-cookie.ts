import { decode } from "next-auth/jwt";

import type { AuthSettings } from "./auth-settings";

/** One cookie's value out of a Cookie header. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    return decodeURIComponent(part.slice(separator + 1).trim());
  }
  return undefined;
}

/**
 * The session secret inside an Auth.js session cookie, once its encryption and expiry
 * check out; undefined for anything forged, stale or from another AUTH_SECRET. This does
 * not touch the database: whether the session still exists is the caller's question.
 */
export async function sessionSecretOf(
  cookieValue: string | undefined,
  settings: AuthSettings,
): Promise<string | undefined> {
  if (!cookieValue) return undefined;
  try {
    const token = await decode({
      token: cookieValue,
      secret: settings.secret,
      salt: settings.sessionCookieName,
    });
    return typeof token?.sid === "string" ? token.sid : undefined;
  } catch {
    return undefined;
  }
}
