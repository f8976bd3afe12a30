// The browser's side of the JSON API: one fetch helper and the error it throws.

export type FieldIssue = { path: string[]; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly details: FieldIssue[];

  constructor(status: number, message: string, details: FieldIssue[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.details = details;
  }
}

type ErrorBody = { error?: { message?: string; details?: FieldIssue[] } };

/** GET (or POST with a JSON body) a same-origin API route; non-2xx answers throw ApiError. */
export async function apiFetch<T>(url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? undefined : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: "no-store",
  });
  const json = (await response.json().catch(() => ({}))) as T & ErrorBody;
  if (!response.ok) {
    const message = json.error?.message ?? `The request failed (${response.status}).`;
    throw new ApiError(response.status, message, json.error?.details ?? []);
  }
  return json;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong.";
}
