import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

import type { Actor } from "./actor";
import { toTokenView, type TokenView } from "./token-view";

/**
 * Revokes a token: its owner may, and so may an admin. Someone else's token is reported
 * as unknown rather than forbidden, so ids cannot be probed. Revoking twice is harmless.
 */
export async function revokeApiToken(options: {
  tokenId: string;
  actor: Actor;
}): Promise<TokenView> {
  const db = await getDb();
  const token = await db.apiToken.findUnique({ where: { id: options.tokenId } });
  const mayRevoke =
    token && (token.userId === options.actor.userId || options.actor.role === "admin");
  if (!token || !mayRevoke) throw new AppError("not_found", "No such token.");

  const revoked = await db.apiToken.update({
    where: { id: token.id },
    data: { revokedAt: token.revokedAt ?? new Date() },
    include: { user: { select: { email: true } } },
  });
  logger.info({ tokenId: token.id, revokedBy: options.actor.userId }, "api token revoked");
  return toTokenView(revoked);
}
