import { randomSecret } from "./hash-secret";
import { createFirstAdmin } from "./create-first-admin";
import { hasAnyUser } from "./list-users";

export const DEMO_ADMIN_EMAIL = "demo@soundcheck.local";

/**
 * For `npm run demo`: an admin with a fresh random password when nobody exists yet, so
 * the demo can be signed into at once. Returns null when users already exist.
 */
export async function ensureDemoAdmin(): Promise<{ email: string; password: string } | null> {
  if (await hasAnyUser()) return null;
  const password = randomSecret(12);
  const admin = await createFirstAdmin({ email: DEMO_ADMIN_EMAIL, password });
  return { email: admin.email, password };
}
