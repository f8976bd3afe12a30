import { getDb } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/prisma-errors";

import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  type ThrottlePolicy,
  waitBeforeAttempt,
} from "./throttle-policy";

export type ThrottleKeys = { account: string; address: string };

export function throttleKeys(email: string, address: string): ThrottleKeys {
  return { account: `account:${email}`, address: `address:${address}` };
}

const POLICIES: [keyof ThrottleKeys, ThrottlePolicy][] = [
  ["account", ACCOUNT_POLICY],
  ["address", ADDRESS_POLICY],
];

/** True when either the account or the address must still wait. */
export async function mustWait(keys: ThrottleKeys, now: Date): Promise<boolean> {
  const db = await getDb();
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: [keys.account, keys.address] } },
  });
  return POLICIES.some(([which, policy]) => {
    const row = rows.find((candidate) => candidate.key === keys[which]) ?? null;
    return waitBeforeAttempt(row, policy, now) > 0;
  });
}

/** Counts one more failure in a row against the account and the address. */
export async function recordFailure(keys: ThrottleKeys, now: Date): Promise<void> {
  for (const [which, policy] of POLICIES) await countFailure(keys[which], policy, now);
}

async function countFailure(key: string, policy: ThrottlePolicy, now: Date): Promise<void> {
  const db = await getDb();
  const forgetBefore = new Date(now.getTime() - Math.max(policy.forgetAfterMs, policy.lockMs));
  // Forgotten runs go, this key's and everyone else's of this kind, so guesses at made-up
  // emails cannot pile rows up.
  await db.signInThrottle.deleteMany({
    where: {
      key: { startsWith: key.slice(0, key.indexOf(":") + 1) },
      lastFailure: { lt: forgetBefore },
    },
  });

  const upsert = () =>
    db.signInThrottle.upsert({
      where: { key },
      create: { key, failures: 1, lastFailure: now },
      update: { failures: { increment: 1 }, lastFailure: now },
    });
  // Two first failures at once may both try to create the row; the loser updates it.
  await upsert().catch((error: unknown) => {
    if (isUniqueViolation(error)) return upsert();
    throw error;
  });
}

/**
 * Takes back the failure counted before a sign-in that then succeeded: the account's
 * run ends, the address gives back the one it was charged.
 */
export async function forgiveAttempt(keys: ThrottleKeys): Promise<void> {
  const db = await getDb();
  await db.signInThrottle.deleteMany({ where: { key: keys.account } });
  await db.signInThrottle.updateMany({
    where: { key: keys.address, failures: { gt: 0 } },
    data: { failures: { decrement: 1 } },
  });
}
