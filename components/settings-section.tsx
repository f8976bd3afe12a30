import type { ReactNode } from "react";

import { cardClass } from "./ui";

export function SettingsSection(props: {
  id: string;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={props.id} className={cardClass}>
      <h2 id={props.id} className="text-lg font-semibold tracking-tight">
        {props.title}
      </h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{props.intro}</p>
      <div className="mt-5 space-y-5">{props.children}</div>
    </section>
  );
}
