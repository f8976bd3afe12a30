// Field access that does not care whether the provider wrote camelCase or snake_case.

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The value under `name` in camelCase or snake_case, whichever is present. */
export function field(object: Json, name: string): unknown {
  if (object[name] !== undefined) return object[name];
  return object[snakeCase(name)];
}

export function has(object: Json, name: string): boolean {
  return name in object || snakeCase(name) in object;
}

export function text(object: Json, name: string): string | undefined {
  const value = field(object, name);
  if (typeof value === "string") return value.length > 0 ? value : undefined;
  if (typeof value === "number") return String(value);
  return undefined;
}

export function numberField(object: Json, name: string): number | undefined {
  const value = field(object, name);
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return undefined;
}

export function objectField(object: Json, name: string): Json | undefined {
  const value = field(object, name);
  return isObject(value) ? value : undefined;
}

export function listField(object: Json, name: string): unknown[] | undefined {
  const value = field(object, name);
  return Array.isArray(value) ? value : undefined;
}

/** The provider's task id, spelled taskId or task_id. */
export function taskIdOf(object: Json): string | undefined {
  return text(object, "taskId");
}

/**
 * `{code, msg, data}` around the payload, or the payload bare. A bare payload names its
 * task or phase at the top level; an envelope carries a numeric code and nothing of that.
 */
export function unwrap(body: Json): { code?: number; message?: string; inner: Json | null } {
  const code = numberField(body, "code");
  const looksBare = has(body, "taskId") || has(body, "callbackType") || has(body, "successFlag");
  const message = text(body, "msg") ?? text(body, "message");
  if (code === undefined || looksBare) return { code, message, inner: body };
  const data = body.data;
  return { code, message, inner: isObject(data) ? data : null };
}
