import { randomBytes } from "node:crypto";

import { createApiToken } from "@/lib/auth/create-api-token";
import { createUser } from "@/lib/auth/create-user";
import type { Role } from "@/lib/auth/roles";

export type SeededUser = { id: string; email: string; password: string; role: Role };

/**
 * A user in the test file's database (DATABASE_URL), with a unique email unless one is
 * given; returns the password too, to sign in with.
 */
export async function seedUser(
  options: { role?: Role; email?: string; password?: string } = {},
): Promise<SeededUser> {
  const role = options.role ?? "member";
  const email = options.email ?? `${role}-${randomBytes(4).toString("hex")}@example.test`;
  const password = options.password ?? `pw-${randomBytes(8).toString("hex")}`;
  const user = await createUser({ email, password, role });
  return { id: user.id, email: user.email, password, role };
}

/** A personal access token for a user; returns its id and the Bearer value. */
export async function seedToken(userId: string, name = "test token") {
  const { token, value } = await createApiToken({ userId, name });
  return { id: token.id, value };
}

/** Headers that authenticate a request with a token. */
export function bearer(value: string): Record<string, string> {
  return { Authorization: `Bearer ${value}` };
}
