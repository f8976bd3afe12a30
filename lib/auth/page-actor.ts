import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";

import type { Actor } from "./actor";
import { getAuthSettings } from "./auth-settings";
import { sessionSecretOf } from "./session-cookie";
import { findSessionActor } from "./sessions";

/**
 * The signed-in user of the page being rendered, or null. For server components; looked
 * up once per render however many components ask.
 */
export const getPageActor = cache(async (): Promise<Actor | null> => {
  const settings = getAuthSettings();
  const cookie = (await cookies()).get(settings.sessionCookieName)?.value;
  const secret = await sessionSecretOf(cookie, settings);
  return secret ? findSessionActor(secret) : null;
});

/**
 * The signed-in user, or a redirect to sign-in. Every page but sign-in and set-up calls
 * this: the proxy only checks that a cookie decrypts, this checks that it is still live.
 */
export async function requirePageActor(): Promise<Actor> {
  const actor = await getPageActor();
  if (!actor) redirect("/sign-in");
  return actor;
}
