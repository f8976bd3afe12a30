import type { TaskKind, TaskStatus } from "@/lib/tasks/status";

import type { Faults } from "./faults";

// What the simulator keeps about a task: enough to answer queries and resend callbacks
// after a restart.

export type Phase = "text" | "first" | "complete" | "error";

export type SimEvent = { phase: Phase; status: TaskStatus; at: number };

export type SimTrack = { id: string; seconds: number };

export type SimDelivery = { event: number; at: number; sent: boolean };

export type SimTask = {
  id: string;
  kind: TaskKind;
  body: Record<string, unknown>;
  callBackUrl: string;
  createdAt: number;
  faults: Faults;
  parentId?: string;
  tracks: SimTrack[];
  events: SimEvent[];
  deliveries: SimDelivery[];
};
