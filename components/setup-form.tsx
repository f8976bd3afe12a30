"use client";

import { useActionState } from "react";

import { setupAction, type SetupState } from "@/app/setup/actions";

import { errorClass, inputClass, labelClass, primaryButtonClass } from "./ui";

const FIELDS = [
  { name: "email", label: "Email", type: "email", autoComplete: "email" },
  { name: "password", label: "Password", type: "password", autoComplete: "new-password" },
  { name: "confirm", label: "Confirm password", type: "password", autoComplete: "new-password" },
] as const;

export function SetupForm() {
  const [state, action, pending] = useActionState<SetupState, FormData>(setupAction, {
    error: null,
  });

  return (
    <form action={action} className="space-y-4">
      {FIELDS.map((field) => (
        <div key={field.name} className="space-y-1.5">
          <label htmlFor={field.name} className={labelClass}>
            {field.label}
          </label>
          <input
            id={field.name}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            minLength={field.type === "password" ? 8 : undefined}
            required
            className={inputClass}
          />
        </div>
      ))}
      {state.error && (
        <p role="alert" className={errorClass}>
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full`}>
        {pending ? "Creating…" : "Create admin account"}
      </button>
    </form>
  );
}
