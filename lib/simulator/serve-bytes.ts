import type { IncomingMessage, ServerResponse } from "node:http";

// Media answers with Range support, so players can seek and browsers can stream.

type Range = { start: number; end: number } | "unsatisfiable" | undefined;

export function parseRange(header: string | undefined, size: number): Range {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    if (suffix === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return "unsatisfiable";
  return { start, end };
}

export function serveBytes(
  request: IncomingMessage,
  response: ServerResponse,
  body: Buffer,
  contentType: string,
) {
  const range = parseRange(request.headers.range, body.length);
  const common = {
    "content-type": contentType,
    "accept-ranges": "bytes",
    "cache-control": "no-store",
  };
  if (range === "unsatisfiable") {
    response.writeHead(416, { ...common, "content-range": `bytes */${body.length}` }).end();
    return;
  }

  const part = range ? body.subarray(range.start, range.end + 1) : body;
  const headers = range
    ? { ...common, "content-range": `bytes ${range.start}-${range.end}/${body.length}` }
    : common;
  response.writeHead(range ? 206 : 200, { ...headers, "content-length": String(part.length) });
  response.end(request.method === "HEAD" ? undefined : part);
}
