/** Pages anyone may open: signing in, and the first-run set-up. */
const PUBLIC_PAGES = ["/sign-in", "/setup"];

/** API routes that need no sign-in: Auth.js itself, health checks, provider callbacks. */
const PUBLIC_API_PREFIXES = ["/api/auth/", "/api/webhooks/"];
const PUBLIC_API_ROUTES = ["/api/health", "/api/auth"];

export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

export function isPublicPath(pathname: string): boolean {
  if (PUBLIC_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`))) {
    return true;
  }
  return (
    PUBLIC_API_ROUTES.includes(pathname) ||
    PUBLIC_API_PREFIXES.some((prefix) => pathname.startsWith(prefix))
  );
}
