import type { ReactNode } from "react";

import { cardClass } from "./ui";

/** The centred card that the sign-in and set-up pages share. */
export function AuthCard(props: { title: string; intro: string; children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center px-6 py-12">
      <div className="w-full max-w-sm">
        <p className="mb-6 text-center text-lg font-semibold tracking-tight">Soundcheck</p>
        <section className={cardClass} aria-labelledby="auth-card-title">
          <h1 id="auth-card-title" className="text-xl font-semibold tracking-tight">
            {props.title}
          </h1>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{props.intro}</p>
          <div className="mt-6">{props.children}</div>
        </section>
      </div>
    </main>
  );
}
