import type { Metadata } from "next";

import { AppHeader } from "@/components/app-header";
import { NewTaskForm } from "@/components/tasks/new-task-form";
import { requirePageActor } from "@/lib/auth/page-actor";
import { roleAllows } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New task" };

export default async function NewTaskPage() {
  const actor = await requirePageActor();
  const canWrite = roleAllows(actor.role, "write");

  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-3xl space-y-6 px-6 py-10">
        <h1 className="text-2xl font-semibold tracking-tight">New task</h1>
        {canWrite ? (
          <NewTaskForm />
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Viewers can browse and play tasks but not create them; an admin can change your role.
          </p>
        )}
      </main>
    </>
  );
}
