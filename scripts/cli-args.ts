/** `<positional...> --flag value` as the user and token commands take them. */
export function parseCliArgs(argv: string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2);
    const value = inline ?? argv[++index];
    if (!name || value === undefined) throw new CliError(`--${name ?? ""} needs a value`);
    flags.set(name, value);
  }
  return { positional, flags };
}

/** A mistake in how the command was called: printed as is, exit code 2. */
export class CliError extends Error {}

/** Runs a command's main, printing failures without a stack trace. */
export function runCli(main: () => Promise<void>, usage: string): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`error: ${message}\n`);
      if (error instanceof CliError) process.stderr.write(`\n${usage}\n`);
      process.exit(error instanceof CliError ? 2 : 1);
    },
  );
}
