import type { z } from "zod";

import { AppError } from "@/lib/errors";

const MAX_BYTES = 1_048_576;

/** The request body parsed as JSON and checked against `schema`; 400 with the reasons if not. */
export async function readJson<T extends z.ZodType>(
  request: Request,
  schema: T,
): Promise<z.infer<T>> {
  const text = await request.text();
  if (text.length > MAX_BYTES)
    throw new AppError("too_large", `The body is over ${MAX_BYTES} bytes.`);

  let body: unknown;
  try {
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("bad_input", "The body is not valid JSON.");
  }
  return parseOrBadInput(schema, body);
}

/** `value` checked against `schema`; AppError("bad_input") listing every problem if not. */
export function parseOrBadInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.map(String),
      message: issue.message,
    }));
    const message = issues.map((issue) =>
      issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
    );
    throw new AppError("bad_input", message.join("; "), { details: issues });
  }
  return parsed.data;
}
