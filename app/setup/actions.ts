"use server";

import { signIn } from "@/lib/auth/auth";
import { createFirstAdmin } from "@/lib/auth/create-first-admin";
import { isAppError } from "@/lib/errors";

export type SetupState = { error: string | null };

/** Creates the first admin, then signs them straight in. */
export async function setupAction(_previous: SetupState, form: FormData): Promise<SetupState> {
  const email = String(form.get("email") ?? "");
  const password = String(form.get("password") ?? "");
  if (password !== String(form.get("confirm") ?? "")) {
    return { error: "The two passwords are not the same." };
  }

  try {
    await createFirstAdmin({ email, password });
  } catch (error) {
    if (isAppError(error)) return { error: error.message };
    throw error;
  }
  await signIn("credentials", { email, password, redirectTo: "/" });
  return { error: null };
}
