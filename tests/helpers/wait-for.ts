/**
 * Waits until check() returns something other than undefined/false, checking again
 * every `every` ms; fails with the last error after `timeout` ms.
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  options: { timeout?: number; every?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeout ?? 20_000);
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? `: ${lastError.message}` : "";
      throw new Error(`timed out waiting for ${options.what ?? "a condition"}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.every ?? 50));
  }
}
