import type { Metadata } from "next";

import { AppHeader } from "@/components/app-header";
import { TaskDetail } from "@/components/tasks/task-detail";
import { requirePageActor } from "@/lib/auth/page-actor";
import { roleAllows } from "@/lib/auth/roles";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Task" };

export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;

  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-5xl px-6 py-10">
        <TaskDetail taskId={id} canWrite={roleAllows(actor.role, "write")} />
      </main>
    </>
  );
}
