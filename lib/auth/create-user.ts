import { z } from "zod";

import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

import { emailSchema } from "./email";
import { hashPassword, passwordSchema } from "./password";
import { roleSchema } from "./roles";
import { toUserView, type UserView } from "./user-view";

export const newUserSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  role: roleSchema,
});

export type NewUser = z.input<typeof newUserSchema>;

/** Creates an account; a second one with the same email is a conflict. */
export async function createUser(input: NewUser): Promise<UserView> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("bad_input", parsed.error.issues[0]?.message ?? "Invalid user.");
  }

  const { email, password, role } = parsed.data;
  const db = await getDb();
  try {
    const user = await db.user.create({
      data: { email, role, passwordHash: await hashPassword(password) },
    });
    logger.info({ userId: user.id, role }, "user created");
    return toUserView(user);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", "A user with that email already exists.");
    }
    throw error;
  }
}
