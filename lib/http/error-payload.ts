import { type ErrorCode, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

/** The one table from error codes to HTTP statuses. */
const STATUS_OF: Record<ErrorCode, number> = {
  bad_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  provider_failed: 502,
  provider_unavailable: 503,
  internal: 500,
};

export function statusOf(code: ErrorCode): number {
  return STATUS_OF[code];
}

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** The spec's error shape and status for anything a handler throws; unknown errors are logged. */
export function errorPayload(error: unknown): {
  status: number;
  body: ReturnType<typeof errorBody>;
} {
  if (isAppError(error)) {
    return {
      status: STATUS_OF[error.code],
      body: errorBody(error.code, error.message, error.details),
    };
  }

  logger.error({ err: error }, "unhandled error in a request handler");
  return { status: 500, body: errorBody("internal", "Something went wrong on the server.") };
}
