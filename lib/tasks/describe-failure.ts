import { isProviderError } from "@/lib/anyint/errors";

const ADVICE: Record<number, string> = {
  400: "The provider refused the request as invalid. Change the input and retry.",
  401: "The provider refused the API key. An admin must check ANYINT_API_KEY.",
  405: "The provider's frequency limit was hit. Retry in a little while.",
  413: "The text is too long for the provider, or the upload matches an existing work. Shorten it and retry.",
  429: "The provider account has run out of credits. An admin must top it up before anything can be submitted.",
  430: "The provider is rate limiting requests. Retry in a little while.",
  455: "The provider is under maintenance. Retry later.",
};

/** A failure as a code and a sentence a person can act on. */
export function describeProviderFailure(error: unknown): { code: string; message: string } {
  if (!isProviderError(error)) {
    return { code: "unavailable", message: "The provider could not be reached. Retry later." };
  }

  const code = error.providerCode ?? error.httpStatus;
  const advice = code ? ADVICE[code] : undefined;
  const detail = error.message ? ` (provider said: ${error.message})` : "";
  if (advice) return { code: String(code), message: `${advice}${detail}` };
  if (error.errorClass === "retry_later") {
    return {
      code: String(code ?? "unavailable"),
      message: `The provider is unavailable. Retry later.${detail}`,
    };
  }
  return { code: String(code ?? "failed"), message: `The provider refused the task.${detail}` };
}
