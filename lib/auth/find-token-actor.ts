import { getDb } from "@/lib/db/client";

import type { Actor } from "./actor";
import { hashSecret } from "./hash-secret";
import { toRole } from "./roles";

/** The owner of a live personal access token, recording that it was just used. */
export async function findTokenActor(value: string): Promise<Actor | null> {
  const db = await getDb();
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashSecret(value) },
    include: { user: true },
  });
  if (!token || token.revokedAt || token.user.disabledAt) return null;

  await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  return {
    userId: token.user.id,
    email: token.user.email,
    role: toRole(token.user.role),
    via: "token",
  };
}
