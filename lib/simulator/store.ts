import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

import type { SimTask } from "./sim-task";

// The simulator's state as one JSON file, rewritten whole by write-and-rename so a crash
// mid-write leaves the previous version rather than half a file.

export type Store = {
  tasks: Map<string, SimTask>;
  save(): void;
};

export function openStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "simulator.json");
  const tasks = new Map<string, SimTask>();
  for (const task of load(file)) tasks.set(task.id, task);

  return {
    tasks,
    save() {
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version: 1, tasks: [...tasks.values()] }));
      renameSync(temporary, file);
    },
  };
}

function load(file: string): SimTask[] {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const parsed = JSON.parse(raw) as { tasks?: SimTask[] };
  return parsed.tasks ?? [];
}
