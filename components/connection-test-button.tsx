"use client";

import { useState } from "react";

import { secondaryButtonClass } from "./ui";

type Check = { ok: boolean; message: string; latencyMs: number };

export function ConnectionTestButton() {
  const [check, setCheck] = useState<Check | null>(null);
  const [pending, setPending] = useState(false);

  async function run() {
    setPending(true);
    try {
      const response = await fetch("/api/settings/connection-test", { method: "POST" });
      const body = (await response.json()) as Check & { error?: { message: string } };
      setCheck(
        response.ok ? body : { ok: false, message: body.error?.message ?? "Failed.", latencyMs: 0 },
      );
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <button type="button" className={secondaryButtonClass} onClick={run} disabled={pending}>
        {pending ? "Testing…" : "Test the connection"}
      </button>
      {check && (
        <p role="status" className={check.ok ? "text-sm text-emerald-700" : "text-sm text-red-700"}>
          {check.ok ? "✓" : "✗"} {check.message} {check.latencyMs > 0 && `(${check.latencyMs} ms)`}
        </p>
      )}
    </div>
  );
}
