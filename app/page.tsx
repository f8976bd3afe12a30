import { AppHeader } from "@/components/app-header";
import { TaskList } from "@/components/tasks/task-list";
import { requirePageActor } from "@/lib/auth/page-actor";
import { roleAllows } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";

export default async function TasksPage() {
  const actor = await requirePageActor();
  const canWrite = roleAllows(actor.role, "write");

  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-5xl space-y-6 px-6 py-10">
        <h1 className="text-2xl font-semibold tracking-tight">Tasks</h1>
        <TaskList canWrite={canWrite} />
      </main>
    </>
  );
}
