"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

const LIST_REFETCH_MS = 500;

type TaskEvent = { taskId: string; status: string; updatedAt: string };

/**
 * Subscribes to the server's task events and marks the affected queries stale, so lists
 * and task pages follow changes without a reload. Whenever the stream (re)connects
 * everything is refetched, since changes made while it was not connected sent no event.
 */
export function useTaskEvents(): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    const source = new EventSource("/api/events");
    let listTimer: ReturnType<typeof setTimeout> | undefined;
    // Lists are refetched whole, so a burst of events becomes one refetch.
    const invalidateLists = () => {
      listTimer ??= setTimeout(() => {
        listTimer = undefined;
        void queryClient.invalidateQueries({ queryKey: ["tasks"] });
      }, LIST_REFETCH_MS);
    };
    source.addEventListener("open", () => void queryClient.invalidateQueries());
    source.addEventListener("task", (event) => {
      const change = parseEvent((event as MessageEvent<string>).data);
      if (!change) return;
      invalidateLists();
      void queryClient.invalidateQueries({ queryKey: ["task", change.taskId] });
    });
    return () => {
      source.close();
      clearTimeout(listTimer);
    };
  }, [queryClient]);
}

function parseEvent(data: string): TaskEvent | null {
  try {
    const value = JSON.parse(data) as Partial<TaskEvent>;
    return typeof value.taskId === "string" ? (value as TaskEvent) : null;
  } catch {
    return null;
  }
}
