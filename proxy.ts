import { type NextRequest, NextResponse } from "next/server";

import { getAuthSettings } from "@/lib/auth/auth-settings";
import { NOT_SIGNED_IN } from "@/lib/auth/messages";
import { isApiPath, isPublicPath } from "@/lib/auth/public-paths";
import { sessionSecretOf } from "@/lib/auth/session-cookie";

/**
 * The first gate, kept cheap: no database. A page without a session cookie that
 * decrypts goes to sign-in (which sends on to set-up while no user exists); an API call
 * with neither such a cookie nor a Bearer token gets 401. The real checks, whether the
 * session is still live and what the role allows, happen in each page and route handler.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isPublicPath(pathname)) return NextResponse.next();

  const api = isApiPath(pathname);
  if (api && request.headers.has("authorization")) return NextResponse.next();
  if (await hasSessionCookie(request)) return NextResponse.next();

  if (api) {
    // The spec's error shape, written out here to keep the logger out of the proxy.
    const error = { code: "unauthenticated", message: NOT_SIGNED_IN };
    return NextResponse.json({ error }, { status: 401 });
  }
  const signIn = new URL("/sign-in", request.url);
  if (pathname !== "/") signIn.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

async function hasSessionCookie(request: NextRequest): Promise<boolean> {
  const settings = getAuthSettings();
  const cookie = request.cookies.get(settings.sessionCookieName)?.value;
  return (await sessionSecretOf(cookie, settings)) !== undefined;
}

export const config = {
  // Static files and images need no session, and the provider's callbacks and health
  // checks are public and hot; everything else passes through here.
  matcher: [
    "/((?!api/webhooks/|api/health|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|webp|ico)$).*)",
  ],
};
