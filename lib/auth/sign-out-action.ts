"use server";

import { signOut } from "./auth";

/** Deletes the session row (through Auth.js's signOut event) and goes back to sign-in. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
