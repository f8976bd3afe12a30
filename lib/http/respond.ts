import { NextResponse } from "next/server";

import { errorPayload } from "./error-payload";

export { errorBody, statusOf } from "./error-payload";

/** The spec's error shape for anything a route handler throws. */
export function errorResponse(error: unknown): NextResponse {
  const { status, body } = errorPayload(error);
  return NextResponse.json(body, { status });
}
