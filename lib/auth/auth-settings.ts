import path from "node:path";

import { resolveAuthSecret } from "./auth-secret";

/** What the sign-in machinery needs from the environment, resolved once per process. */
export type AuthSettings = {
  secret: string;
  publicUrl: URL;
  secureCookies: boolean;
  sessionCookieName: string;
  sessionMaxAgeSeconds: number;
};

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

let cached: { key: string; settings: AuthSettings } | undefined;

export function getAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  if (cached?.key === keyOf(env)) return cached.settings;

  const publicUrl = new URL(env.PUBLIC_URL ?? "http://localhost:3000");
  const dataDir = path.resolve(/*turbopackIgnore: true*/ env.DATA_DIR ?? "./data");
  const secureCookies = publicUrl.protocol === "https:";
  const settings: AuthSettings = {
    secret: resolveAuthSecret({ dataDir, env }),
    publicUrl,
    secureCookies,
    // The __Secure- prefix makes browsers refuse the cookie over plain http.
    sessionCookieName: secureCookies ? "__Secure-soundcheck.session" : "soundcheck.session",
    sessionMaxAgeSeconds: SESSION_MAX_AGE_SECONDS,
  };
  // Keyed after resolving, which may have just put the generated secret into env.
  cached = { key: keyOf(env), settings };
  return settings;
}

function keyOf(env: NodeJS.ProcessEnv): string {
  return [env.AUTH_SECRET, env.PUBLIC_URL, env.DATA_DIR].join("\u0000");
}
