// Faults on request. In a prompt (or style or title) they are written `[sim:name]` or
// `[sim:name=value]`; in SIMULATOR_FAULTS as a comma-separated list of `name` or
// `name=value`, applied to every task. The README lists them.

export type Faults = {
  /** Refuse the create call with this provider code; `times` refusals, then accept. */
  refuse?: { code: number; times?: number };
  /** Seconds sent in Retry-After with a refusal (430 and 455 send 1 by default). */
  retryAfterSeconds?: number;
  fail?: boolean;
  sensitive?: boolean;
  dropCallbacks?: boolean;
  duplicateCallbacks?: boolean;
  reorderCallbacks?: boolean;
  delayCallbacksSeconds?: number;
  stall?: boolean;
};

const MARKER = /\[sim:([a-z-]+)(?:=([^\]]*))?\]/g;

function positive(value: string | undefined, name: string): number {
  const number = Number(value);
  if (!value || !Number.isFinite(number) || number < 0) {
    throw new Error(`Simulator fault "${name}" needs a number, like ${name}=5`);
  }
  return number;
}

function applyFault(faults: Faults, name: string, value: string | undefined): Faults {
  switch (name) {
    case "refuse": {
      const [code, times] = (value ?? "").split("*");
      const refuse = {
        code: positive(code, name),
        ...(times ? { times: positive(times, name) } : {}),
      };
      return { ...faults, refuse };
    }
    case "retry-after":
      return { ...faults, retryAfterSeconds: positive(value, name) };
    case "fail":
      return { ...faults, fail: true };
    case "sensitive":
      return { ...faults, sensitive: true };
    case "drop-callbacks":
      return { ...faults, dropCallbacks: true };
    case "duplicate-callbacks":
      return { ...faults, duplicateCallbacks: true };
    case "reorder-callbacks":
      return { ...faults, reorderCallbacks: true };
    case "delay-callbacks":
      return { ...faults, delayCallbacksSeconds: positive(value, name) };
    case "stall":
      return { ...faults, stall: true };
    default:
      throw new Error(`Unknown simulator fault "${name}"`);
  }
}

/** The faults written as markers in any of `texts`. Unknown markers are ignored there. */
export function faultsInText(...texts: (string | undefined)[]): Faults {
  let faults: Faults = {};
  for (const text of texts) {
    for (const match of (text ?? "").matchAll(MARKER)) {
      try {
        faults = applyFault(faults, match[1] ?? "", match[2]);
      } catch {
        // A prompt is the user's text; a marker-like phrase in it must not break the task.
      }
    }
  }
  return faults;
}

/** The faults of a setting like "drop-callbacks,delay-callbacks=5"; unknown names throw. */
export function faultsFromSetting(setting: string | string[] | undefined): Faults {
  const items = Array.isArray(setting) ? setting : (setting ?? "").split(",");
  let faults: Faults = {};
  for (const item of items.map((entry) => entry.trim()).filter(Boolean)) {
    const [name, value] = item.replace(/^\[sim:|\]$/g, "").split("=");
    faults = applyFault(faults, name ?? "", value);
  }
  return faults;
}
