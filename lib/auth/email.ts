import { z } from "zod";

/** Emails are kept lower-cased and trimmed, so one address is one account. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("That does not look like an email address."));

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
