import { AppError } from "@/lib/errors";

import type { Actor } from "./actor";
import { getAuthSettings } from "./auth-settings";
import { isCrossOrigin, isStateChanging } from "./check-origin";
import { NOT_SIGNED_IN } from "./messages";
import { findTokenActor } from "./find-token-actor";
import { type Need, roleAllows } from "./roles";
import { readCookie, sessionSecretOf } from "./session-cookie";
import { findSessionActor } from "./sessions";

export type { Actor } from "./actor";

/**
 * Who is asking, and whether they may: every API route handler calls this first.
 * A Bearer token wins over a session cookie; a session cookie on a state-changing
 * request must come from the app's own origin. Throws AppError "unauthenticated" (401)
 * when nobody is signed in and "forbidden" (403) when the role does not allow `need`.
 */
export async function authorize(request: Request, need: Need): Promise<Actor> {
  const actor = await identify(request);
  if (!actor) throw new AppError("unauthenticated", NOT_SIGNED_IN);

  if (actor.via === "session" && isStateChanging(request.method)) {
    if (isCrossOrigin(request, getAuthSettings().publicUrl)) {
      throw new AppError("forbidden", "Cross-origin requests with a session are refused.");
    }
  }
  if (!roleAllows(actor.role, need)) {
    throw new AppError("forbidden", `Your role (${actor.role}) does not allow this.`);
  }
  return actor;
}

/** The actor behind the request's token or session cookie, without any role check. */
export async function identify(request: Request): Promise<Actor | null> {
  const bearer = bearerTokenOf(request.headers.get("authorization"));
  if (bearer !== undefined) return bearer ? findTokenActor(bearer) : null;

  const settings = getAuthSettings();
  const cookie = readCookie(request.headers.get("cookie"), settings.sessionCookieName);
  const secret = await sessionSecretOf(cookie, settings);
  return secret ? findSessionActor(secret) : null;
}

/** undefined: no Authorization header; "": one that is not a usable Bearer token. */
function bearerTokenOf(header: string | null): string | undefined {
  if (header === null) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? "";
}
