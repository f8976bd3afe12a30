import { getDb } from "@/lib/db/client";
import { logger } from "@/lib/logger";

import { emailSchema } from "./email";
import { dummyPasswordHash, verifyPassword } from "./password";
import { type Role, toRole } from "./roles";
import { forgiveAttempt, mustWait, recordFailure, throttleKeys } from "./sign-in-throttle";

export type SignInAttempt = {
  email: string;
  password: string;
  address: string;
  now?: Date;
  /** The password check; replaceable so a test can see whether it ran. */
  verify?: (password: string, hash: string) => Promise<boolean>;
};

export type VerifiedUser = { id: string; email: string; role: Role };

/** Checks an email and password under the throttle; null means refused, for any reason. */
export async function verifyCredentials(attempt: SignInAttempt): Promise<VerifiedUser | null> {
  const now = attempt.now ?? new Date();
  const verify = attempt.verify ?? verifyPassword;
  const email = emailSchema.safeParse(attempt.email);
  const keys = throttleKeys(email.success ? email.data : attempt.email, attempt.address);
  const log = logger.child({ component: "sign-in", address: attempt.address });

  if (await mustWait(keys, now)) {
    await recordFailure(keys, now);
    log.warn("sign-in refused unchecked: too many failures in a row");
    return null;
  }
  // Counted before the slow hash check, so parallel guesses see each other's failures.
  await recordFailure(keys, now);

  const db = await getDb();
  const user = email.success ? await db.user.findUnique({ where: { email: email.data } }) : null;
  const matches = user?.passwordHash
    ? await verify(attempt.password, user.passwordHash)
    : await verify(attempt.password, await dummyPasswordHash()).then(() => false);
  if (!user || !matches || user.disabledAt) {
    log.info({ userId: user?.id }, "sign-in refused");
    return null;
  }

  await forgiveAttempt(keys);
  log.info({ userId: user.id }, "signed in");
  return { id: user.id, email: user.email, role: toRole(user.role) };
}
