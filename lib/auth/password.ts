import bcrypt from "bcryptjs";
import { z } from "zod";

// Cost 12 takes a few hundred milliseconds here: slow for a guesser, fine for a person.
const BCRYPT_COST = 12;

// bcrypt reads only the first 72 bytes; longer passwords are refused rather than cut.
const MAX_PASSWORD_BYTES = 72;

export const passwordSchema = z
  .string()
  .min(8, "A password needs at least 8 characters.")
  .refine((value) => Buffer.byteLength(value, "utf8") <= MAX_PASSWORD_BYTES, {
    message: `A password may be at most ${MAX_PASSWORD_BYTES} bytes long.`,
  });

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the account is unknown, so both cases take the same time.
let dummyHash: Promise<string> | undefined;

export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= bcrypt.hash("not a real password, only for timing", BCRYPT_COST);
  return dummyHash;
}
