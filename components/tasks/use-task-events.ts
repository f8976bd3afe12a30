"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

type TaskEvent = { taskId: string; status: string; updatedAt: string };

/**
 * Subscribes to the server's task events and marks the affected queries stale, so lists
 * and task pages follow changes without a reload. After a reconnect everything is
 * refetched, since events sent while the stream was down are lost.
 */
export function useTaskEvents(): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    const source = new EventSource("/api/events");
    let opened = false;
    source.addEventListener("open", () => {
      if (opened) void queryClient.invalidateQueries();
      opened = true;
    });
    source.addEventListener("task", (event) => {
      const change = parseEvent((event as MessageEvent<string>).data);
      if (!change) return;
      void queryClient.invalidateQueries({ queryKey: ["tasks"] });
      void queryClient.invalidateQueries({ queryKey: ["task", change.taskId] });
    });
    return () => source.close();
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
