import { clsx } from "clsx";
import Link from "next/link";

import { requirePageActor } from "@/lib/auth/page-actor";
import { roleAllows } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/auth/sign-out-action";

import { secondaryButtonClass } from "./ui";

const roleBadgeClass = clsx(
  "rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-800",
  "dark:bg-violet-950 dark:text-violet-200",
);

/**
 * The top bar of every signed-in page. It also guards the page: without a live session
 * it redirects to sign-in before anything is rendered.
 */
export async function AppHeader() {
  const actor = await requirePageActor();

  return (
    <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <div className="mx-auto flex max-w-5xl items-center gap-6 px-6 py-3">
        <Link href="/" className="font-semibold tracking-tight">
          Soundcheck
        </Link>
        <nav aria-label="Main" className="flex gap-4 text-sm text-zinc-600 dark:text-zinc-400">
          <Link href="/" className="hover:text-zinc-900 dark:hover:text-zinc-100">
            Tasks
          </Link>
          {roleAllows(actor.role, "write") && (
            <Link href="/tasks/new" className="hover:text-zinc-900 dark:hover:text-zinc-100">
              New task
            </Link>
          )}
          <Link href="/settings" className="hover:text-zinc-900 dark:hover:text-zinc-100">
            Settings
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span aria-label="Signed in as" className="text-zinc-700 dark:text-zinc-300">
            {actor.email}
          </span>
          <span className={roleBadgeClass}>{actor.role}</span>
          <form action={signOutAction}>
            <button type="submit" className={secondaryButtonClass}>
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
