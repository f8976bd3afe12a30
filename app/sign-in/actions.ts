"use server";

import { AuthError } from "next-auth";

import { signIn } from "@/lib/auth/auth";
import { SIGN_IN_REFUSED } from "@/lib/auth/messages";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

export type SignInState = { error: string | null };

/** The sign-in form's action: Auth.js sets the cookie and redirects, or we say no. */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  try {
    await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirectTo: safeCallbackPath(form.get("callbackUrl")),
    });
  } catch (error) {
    // A successful sign-in ends in a redirect, which is thrown too and must go through.
    if (error instanceof AuthError) return { error: SIGN_IN_REFUSED };
    throw error;
  }
  return { error: null };
}
