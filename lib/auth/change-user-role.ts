import { getDb } from "@/lib/db/client";
import { isNotFound } from "@/lib/db/prisma-errors";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

import type { Role } from "./roles";
import { toUserView, type UserView } from "./user-view";

/** Gives a user another role; the last admin cannot be demoted, or nobody could manage. */
export async function changeUserRole(options: {
  userId: string;
  role: Role;
  changedBy: string;
}): Promise<UserView> {
  const db = await getDb();
  const user = await db
    .$transaction(async (tx) => {
      const current = await tx.user.findUnique({ where: { id: options.userId } });
      if (!current) throw new AppError("not_found", "No such user.");
      if (current.role === "admin" && options.role !== "admin") {
        const admins = await tx.user.count({ where: { role: "admin", disabledAt: null } });
        if (admins <= 1) throw new AppError("conflict", "The last admin cannot be demoted.");
      }
      return tx.user.update({ where: { id: options.userId }, data: { role: options.role } });
    })
    .catch((error: unknown) => {
      if (isNotFound(error)) throw new AppError("not_found", "No such user.");
      throw error;
    });

  logger.info({ userId: user.id, role: user.role, changedBy: options.changedBy }, "role changed");
  return toUserView(user);
}
