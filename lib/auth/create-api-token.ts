import { z } from "zod";

import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

import { hashSecret, randomSecret } from "./hash-secret";
import { toTokenView, type TokenView } from "./token-view";

/** Tokens start with this, so a leaked one is easy to recognise in logs and scanners. */
export const TOKEN_PREFIX = "sc_";
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 6;

export const tokenNameSchema = z
  .string()
  .trim()
  .min(1, "A token needs a name.")
  .max(100, "A token name may be at most 100 characters.");

/** Mints a token for a user; the returned value is the only time it is ever seen. */
export async function createApiToken(options: {
  userId: string;
  name: string;
}): Promise<{ token: TokenView; value: string }> {
  const name = tokenNameSchema.safeParse(options.name);
  if (!name.success) throw new AppError("bad_input", name.error.issues[0]?.message ?? "Bad name.");

  const db = await getDb();
  const owner = await db.user.findUnique({ where: { id: options.userId } });
  if (!owner) throw new AppError("not_found", "No such user.");

  const value = `${TOKEN_PREFIX}${randomSecret()}`;
  const token = await db.apiToken.create({
    data: {
      userId: owner.id,
      name: name.data,
      tokenHash: hashSecret(value),
      prefix: value.slice(0, SHOWN_PREFIX_LENGTH),
    },
    include: { user: { select: { email: true } } },
  });
  logger.info({ tokenId: token.id, userId: owner.id }, "api token created");
  return { token: toTokenView(token), value };
}
