import NextAuth, { AuthError, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { logger } from "@/lib/logger";

import { getAuthSettings } from "./auth-settings";
import { clientAddressOf } from "./client-address";
import { createSession, deleteSession, findSessionActor } from "./sessions";
import { verifyCredentials } from "./verify-credentials";

const log = logger.child({ component: "auth" });

/**
 * Auth.js with email and password. Credentials sign-in only works with JWT sessions, so
 * the JWT here carries nothing but the secret of a row in the session table: signing in
 * creates the row, signing out deletes it, and a cookie whose row is gone or expired is
 * worth nothing. That keeps sessions revocable, and roles always read fresh from the
 * database. Built per request, so AUTH_SECRET and PUBLIC_URL are read at run time.
 */
function authConfig(): NextAuthConfig {
  const settings = getAuthSettings();
  return {
    secret: settings.secret,
    // Redirects follow the host the browser used; PUBLIC_URL may be a tunnel for the
    // provider's callbacks while people browse on another name.
    trustHost: true,
    useSecureCookies: settings.secureCookies,
    session: { strategy: "jwt", maxAge: settings.sessionMaxAgeSeconds },
    cookies: {
      sessionToken: {
        name: settings.sessionCookieName,
        options: { httpOnly: true, sameSite: "lax", path: "/", secure: settings.secureCookies },
      },
    },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [credentialsProvider()],
    callbacks: {
      jwt: async ({ token, user, trigger }) => {
        if (trigger === "signIn" && user?.id) {
          const session = await createSession({
            userId: user.id,
            maxAgeSeconds: settings.sessionMaxAgeSeconds,
          });
          return { sub: user.id, sid: session.secret };
        }
        const alive = typeof token.sid === "string" && (await findSessionActor(token.sid));
        return alive ? token : null;
      },
      session: async ({ session, token }) => ({ ...session, userId: token.sub }),
    },
    events: {
      signOut: async (message) => {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid === "string") await deleteSession(sid);
      },
    },
    logger: {
      error: (error) => logAuthError(error),
      warn: (code) => log.warn({ code }, "auth.js warning"),
      debug: () => undefined,
    },
  };
}

/** Refused credentials are routine (verifyCredentials logs them); anything else is not. */
function logAuthError(error: Error) {
  const type = error instanceof AuthError ? error.type : error.name;
  if (type === "CredentialsSignin") return;
  // Only the type and message: causes may carry request details such as the form body.
  log.warn({ type, message: error.message }, "auth.js could not handle a request");
}

function credentialsProvider() {
  return Credentials({
    credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
    authorize: async (credentials, request) => {
      const user = await verifyCredentials({
        email: String(credentials.email ?? ""),
        password: String(credentials.password ?? ""),
        address: clientAddressOf(request.headers),
      });
      return user && { id: user.id, email: user.email };
    },
  });
}

export const { handlers, signIn, signOut } = NextAuth(() => authConfig());
