import { getDb } from "@/lib/db/client";

import type { Actor } from "./actor";
import { hashSecret, randomSecret } from "./hash-secret";
import { toRole } from "./roles";

/**
 * Opens a database session and returns the secret that names it. Only this secret
 * travels in the (encrypted) Auth.js cookie; the row is what makes the session valid,
 * so deleting it signs the browser out at once.
 */
export async function createSession(options: { userId: string; maxAgeSeconds: number }) {
  const db = await getDb();
  const secret = randomSecret();
  const expires = new Date(Date.now() + options.maxAgeSeconds * 1000);
  // Expired rows are worth nothing; this is a cheap moment to drop the user's old ones.
  await db.session.deleteMany({ where: { userId: options.userId, expires: { lt: new Date() } } });
  await db.session.create({
    data: { sessionToken: hashSecret(secret), userId: options.userId, expires },
  });
  return { secret, expires };
}

/** The signed-in user behind a session secret, or null when it is gone or expired. */
export async function findSessionActor(secret: string): Promise<Actor | null> {
  const db = await getDb();
  const session = await db.session.findUnique({
    where: { sessionToken: hashSecret(secret) },
    include: { user: true },
  });
  if (!session || session.expires.getTime() <= Date.now() || session.user.disabledAt) {
    return null;
  }
  return {
    userId: session.user.id,
    email: session.user.email,
    role: toRole(session.user.role),
    via: "session",
  };
}

export async function deleteSession(secret: string): Promise<void> {
  const db = await getDb();
  await db.session.deleteMany({ where: { sessionToken: hashSecret(secret) } });
}
