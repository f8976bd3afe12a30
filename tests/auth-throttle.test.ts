import { describe, expect, it, vi } from "vitest";

import { verifyCredentials } from "@/lib/auth/verify-credentials";

import { seedUser } from "./helpers/seed-users";

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** A password check that only records that it was asked. */
function spyVerify(result: boolean) {
  return vi.fn(async () => result);
}

describe("verifyCredentials under the throttle", () => {
  it("refuses the tenth failure in a row without checking the password, however slow", async () => {
    const user = await seedUser({ role: "member" });
    const start = Date.UTC(2026, 0, 1, 12);
    const address = "192.0.2.10";
    // Far enough apart that no delay applies, so only the count decides.
    for (let attempt = 0; attempt < 9; attempt++) {
      const now = new Date(start + attempt * 10 * SECOND);
      const refused = await verifyCredentials({
        email: user.email,
        password: "wrong",
        address,
        now,
      });
      expect(refused).toBeNull();
    }

    const verify = spyVerify(true);
    const tenth = await verifyCredentials({
      email: user.email,
      password: user.password,
      address,
      now: new Date(start + 100 * SECOND),
      verify,
    });

    expect(tenth).toBeNull();
    expect(verify).not.toHaveBeenCalled();
  });

  it("locks an unknown account the same way", async () => {
    const start = Date.UTC(2026, 0, 2, 12);
    for (let attempt = 0; attempt < 9; attempt++) {
      await verifyCredentials({
        email: "ghost@example.test",
        password: "guess",
        address: "192.0.2.11",
        now: new Date(start + attempt * 10 * SECOND),
      });
    }

    const verify = spyVerify(true);
    const tenth = await verifyCredentials({
      email: "ghost@example.test",
      password: "guess",
      address: "192.0.2.11",
      now: new Date(start + 100 * SECOND),
      verify,
    });

    expect(tenth).toBeNull();
    expect(verify).not.toHaveBeenCalled();
  });

  it("checks again once the lock has passed, and a success ends the run", async () => {
    const user = await seedUser({ role: "viewer" });
    const start = Date.UTC(2026, 0, 3, 12);
    const address = "192.0.2.12";
    for (let attempt = 0; attempt < 9; attempt++) {
      const now = new Date(start + attempt * 10 * SECOND);
      await verifyCredentials({ email: user.email, password: "wrong", address, now });
    }

    const later = new Date(start + 80 * SECOND + 16 * MINUTE);
    const signedIn = await verifyCredentials({
      email: user.email,
      password: user.password,
      address,
      now: later,
    });
    const wrongAgain = spyVerify(false);
    await verifyCredentials({
      email: user.email,
      password: "wrong",
      address,
      now: later,
      verify: wrongAgain,
    });

    expect(signedIn).toMatchObject({ id: user.id, role: "viewer" });
    expect(wrongAgain).toHaveBeenCalledOnce();
  });

  it("slows quick retries after five failures: the sixth, a moment later, goes unchecked", async () => {
    const user = await seedUser({ role: "member" });
    const start = Date.UTC(2026, 0, 4, 12);
    const address = "192.0.2.13";
    for (let attempt = 0; attempt < 5; attempt++) {
      const now = new Date(start + attempt * 10 * SECOND);
      await verifyCredentials({ email: user.email, password: "wrong", address, now });
    }

    const tooSoon = spyVerify(true);
    const waited = spyVerify(true);
    const last = start + 40 * SECOND;
    await verifyCredentials({
      email: user.email,
      password: user.password,
      address,
      now: new Date(last + 200),
      verify: tooSoon,
    });
    const afterWaiting = await verifyCredentials({
      email: user.email,
      password: user.password,
      address,
      now: new Date(last + 200 + 5 * SECOND),
      verify: waited,
    });

    expect(tooSoon).not.toHaveBeenCalled();
    expect(waited).toHaveBeenCalledOnce();
    expect(afterWaiting).not.toBeNull();
  });

  it("slows down one address spraying many accounts", async () => {
    const start = Date.UTC(2026, 0, 5, 12);
    const address = "192.0.2.14";
    for (let attempt = 0; attempt < 20; attempt++) {
      await verifyCredentials({
        email: `spray-${attempt}@example.test`,
        password: "guess",
        address,
        now: new Date(start + attempt * 10 * SECOND),
        verify: spyVerify(false),
      });
    }

    const next = spyVerify(false);
    await verifyCredentials({
      email: "spray-new@example.test",
      password: "guess",
      address,
      now: new Date(start + 190 * SECOND + 100),
      verify: next,
    });

    expect(next).not.toHaveBeenCalled();
  });
});
