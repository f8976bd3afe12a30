import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";
import { AppError } from "@/lib/errors";

import { createUser, newUserSchema } from "./create-user";
import { hasAnyUser } from "./list-users";
import type { UserView } from "./user-view";

// A setting row claimed once: two set-up forms sent at the same moment cannot both win.
const SETUP_CLAIM_KEY = "setup.first-admin";
const ALREADY_SET_UP = "Soundcheck is already set up; sign in instead.";

/** The first-run set-up: creates the admin while no user exists, refuses afterwards. */
export async function createFirstAdmin(input: {
  email: string;
  password: string;
}): Promise<UserView> {
  const parsed = newUserSchema.safeParse({ ...input, role: "admin" });
  if (!parsed.success) {
    throw new AppError("bad_input", parsed.error.issues[0]?.message ?? "Invalid user.");
  }
  if (await hasAnyUser()) throw new AppError("conflict", ALREADY_SET_UP);

  const db = await getDb();
  try {
    await db.setting.create({ data: { key: SETUP_CLAIM_KEY, value: { at: Date.now() } } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", ALREADY_SET_UP);
    throw error;
  }

  try {
    return await createUser(parsed.data);
  } catch (error) {
    // Without the admin the claim would block set-up for good.
    await db.setting.deleteMany({ where: { key: SETUP_CLAIM_KEY } });
    throw error;
  }
}
