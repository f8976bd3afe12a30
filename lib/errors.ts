// The one error class of the domain. Code names what went wrong; the HTTP layer maps
// each code to a status in one table (lib/http/respond.ts).

export const ERROR_CODES = [
  "bad_input",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "too_large",
  "unsupported_media_type",
  "rate_limited",
  "provider_failed",
  "provider_unavailable",
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

// Checked by a registered symbol, not class identity: the Next.js bundle and the workers
// beside it load this module twice in one process.
const BRAND = Symbol.for("soundcheck.AppError");

export class AppError extends Error {
  readonly [BRAND] = true;
  readonly code: ErrorCode;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: string, options?: { details?: unknown; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.details = options?.details;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof Error && (error as Error & { [BRAND]?: boolean })[BRAND] === true;
}
