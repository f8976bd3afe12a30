import { isProviderError } from "@/lib/anyint/errors";
import { getAnyIntClient } from "@/lib/anyint/client";
import type { NormalizedUpdate } from "@/lib/anyint/types";
import { getDb } from "@/lib/db/client";

import type { TaskKind } from "./status";

export type PollTrigger = "poller" | "refresh" | "verify";

type Queryable = { id: string; kind: string; upstreamTaskId: string | null; input: unknown };

/**
 * Asks the provider where a task stands and records the attempt, whatever its answer:
 * when, HTTP status, provider code, status seen and latency.
 */
export async function queryProvider(options: {
  task: Queryable;
  trigger: PollTrigger;
  instanceId?: string;
}): Promise<NormalizedUpdate> {
  const { task, trigger } = options;
  if (!task.upstreamTaskId) throw new Error(`task ${task.id} has no provider task id yet`);
  const db = await getDb();
  const startedAt = new Date();
  const started = performance.now();

  try {
    const answer = await getAnyIntClient().query({
      kind: task.kind as TaskKind,
      upstreamTaskId: task.upstreamTaskId,
      input: task.input,
      // One poll is one request: the poller spaces out its own retries, per task.
      retries: trigger === "poller" ? 0 : undefined,
    });
    await db.pollAttempt.create({
      data: {
        taskId: task.id,
        startedAt,
        trigger,
        httpStatus: answer.httpStatus,
        providerCode: answer.providerCode,
        statusSeen: answer.update.status,
        latencyMs: Math.round(answer.latencyMs),
        instanceId: options.instanceId,
      },
    });
    return answer.update;
  } catch (error) {
    await db.pollAttempt.create({
      data: {
        taskId: task.id,
        startedAt,
        trigger,
        httpStatus: isProviderError(error) ? error.httpStatus : undefined,
        providerCode: isProviderError(error) ? error.providerCode : undefined,
        latencyMs: Math.round(performance.now() - started),
        error: error instanceof Error ? error.message.slice(0, 500) : String(error),
        instanceId: options.instanceId,
      },
    });
    throw error;
  }
}
