/**
 * Auth.js answers with absolute redirects built from request.url, where our server puts
 * its bind address (0.0.0.0) and Next.js turns 127.0.0.1 into localhost; either would
 * send the browser to another host, without its cookies. A redirect within this app is
 * made relative instead, so the browser stays on the name it used.
 */
export function relativeRedirect(response: Response, request: Request): Response {
  const location = response.headers.get("location");
  if (!location) return response;

  const target = new URL(location, request.url);
  if (target.origin !== new URL(request.url).origin) return response;

  const headers = new Headers(response.headers);
  headers.set("location", `${target.pathname}${target.search}${target.hash}`);
  return new Response(response.body, { status: response.status, headers });
}
