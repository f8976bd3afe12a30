import { getDb } from "@/lib/db/client";

import { toTokenView, type TokenView } from "./token-view";

/** Tokens newest first: one user's, or everyone's when no user is given. */
export async function listApiTokens(options: { userId?: string }): Promise<TokenView[]> {
  const db = await getDb();
  const tokens = await db.apiToken.findMany({
    where: options.userId ? { userId: options.userId } : {},
    include: { user: { select: { email: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return tokens.map(toTokenView);
}
