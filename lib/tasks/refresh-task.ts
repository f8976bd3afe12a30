import { isProviderError } from "@/lib/anyint/errors";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { applyUpdate } from "./apply-update";
import { queryProvider } from "./query-provider";

/** The polling proxy: asks the provider now and applies what it says. */
export async function refreshTask(taskId: string): Promise<void> {
  const db = await getDb();
  const task = await db.task.findUnique({ where: { id: taskId } });
  if (!task) throw new AppError("not_found", `Task ${taskId} does not exist.`);
  if (!task.upstreamTaskId) {
    throw new AppError(
      "conflict",
      "The provider never accepted this task, so there is nothing to ask it.",
    );
  }

  try {
    const update = await queryProvider({ task, trigger: "refresh" });
    await applyUpdate({ taskId, update, source: "refresh" });
  } catch (error) {
    if (!isProviderError(error)) throw error;
    const code = error.errorClass === "retry_later" ? "provider_unavailable" : "provider_failed";
    throw new AppError(code, `The provider did not answer usefully: ${error.message}`, {
      details: { httpStatus: error.httpStatus, providerCode: error.providerCode },
    });
  }
}
