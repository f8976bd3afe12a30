import type { ErrorClass } from "./types";

// Marks instances by a registered symbol rather than by class identity: the Next.js bundle
// and the workers beside it load this module twice in one process, and share clients.
const BRAND = Symbol.for("soundcheck.ProviderError");

/** A provider failure, classified so callers know whether to wait, tell the user or an admin. */
export class ProviderError extends Error {
  readonly [BRAND] = true;
  errorClass: ErrorClass;
  httpStatus?: number;
  providerCode?: number;
  retryAfterMs?: number;

  constructor(
    message: string,
    options: {
      errorClass: ErrorClass;
      httpStatus?: number;
      providerCode?: number;
      retryAfterMs?: number;
      cause?: unknown;
    },
  ) {
    super(message, { cause: options.cause });
    this.name = "ProviderError";
    this.errorClass = options.errorClass;
    this.httpStatus = options.httpStatus;
    this.providerCode = options.providerCode;
    this.retryAfterMs = options.retryAfterMs;
  }
}

export function isProviderError(error: unknown): error is ProviderError {
  return error instanceof Error && (error as Error & { [BRAND]?: boolean })[BRAND] === true;
}

const RETRY_LATER = new Set([405, 408, 430, 451, 455]);
const USER_FIX = new Set([400, 413]);
const ADMIN = new Set([401, 429]);

/**
 * ANYINT.md's code table as classes. Three codes need a decision the table leaves open:
 * - 409 (a WAV or cover record already exists): user_fix. Sending the same request again
 *   can only get 409 again; the existing result has to be fetched instead.
 * - 501 and 531 (generation failed, 531 with credits refunded): user_fix, although 5xx.
 *   The provider says "retryable by the user": an automatic retry would spend credits
 *   on a job that just failed, so the person decides.
 * Any other 4xx is taken as a problem with the request; any other 5xx as transient.
 */
export function classifyProviderCode(code: number): ErrorClass {
  if (RETRY_LATER.has(code)) return "retry_later";
  if (USER_FIX.has(code) || code === 409 || code === 501 || code === 531) return "user_fix";
  if (ADMIN.has(code)) return "admin";
  if (code >= 500 && code < 600) return "retry_later";
  return "user_fix";
}
