"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";

import type { TaskKind } from "@/lib/tasks/status";

import { apiFetch } from "./api";
import type { TaskJson } from "./types";

export type DerivedRequest = { kind: TaskKind; input: Record<string, unknown> };

/** Starts a task from a finished track (the server fills in the provider ids) and opens it. */
export function useCreateDerived(parentTaskId: string, trackId: string) {
  const router = useRouter();
  return useMutation({
    mutationFn: (request: DerivedRequest) =>
      apiFetch<{ task: TaskJson }>("/api/tasks", { ...request, parentTaskId, trackId }),
    onSuccess: ({ task }) => router.push(`/tasks/${task.id}`),
  });
}
