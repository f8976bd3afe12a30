const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isStateChanging(method: string): boolean {
  return STATE_CHANGING.has(method.toUpperCase());
}

/**
 * Whether a browser sent this request from a page of another origin. Browsers mark
 * every state-changing request with Origin, and modern ones with Sec-Fetch-Site, so a
 * request with neither is not a browser's and cannot be a cross-site forgery.
 */
export function isCrossOrigin(request: Request, publicUrl: URL): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") return true;

  const origin = request.headers.get("origin");
  if (!origin) return false;
  return !sameOrigins(request, publicUrl).has(origin);
}

/** The app's own origins: the public one, and the one the request was addressed to. */
function sameOrigins(request: Request, publicUrl: URL): Set<string> {
  const origins = new Set([publicUrl.origin]);
  const host = request.headers.get("host");
  if (host) {
    const protocol = request.headers.get("x-forwarded-proto") === "https" ? "https" : "http";
    origins.add(`${protocol}://${host}`);
  }
  return origins;
}
