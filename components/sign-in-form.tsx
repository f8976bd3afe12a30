"use client";

import { useActionState } from "react";

import { signInAction, type SignInState } from "@/app/sign-in/actions";

import { errorClass, inputClass, labelClass, primaryButtonClass } from "./ui";

export function SignInForm(props: { callbackUrl: string; initialError: string | null }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {
    error: props.initialError,
  });

  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="callbackUrl" value={props.callbackUrl} />
      <div className="space-y-1.5">
        <label htmlFor="email" className={labelClass}>
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="email"
          required
          className={inputClass}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor="password" className={labelClass}>
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
        />
      </div>
      {state.error && (
        <p role="alert" className={errorClass}>
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full`}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
