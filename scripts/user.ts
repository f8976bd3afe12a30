import { createUser } from "../lib/auth/create-user";
import { roleSchema } from "../lib/auth/roles";
import { CliError, parseCliArgs, runCli } from "./cli-args";
import { withMigratedDatabase } from "./cli-database";
import { promptPassword } from "./prompt-password";

const USAGE = "usage: npm run user -- create <email> --role admin|member|viewer [--password P]";

async function main() {
  const { positional, flags } = parseCliArgs(process.argv.slice(2));
  const [command, email, ...extra] = positional;
  if (command !== "create" || !email || extra.length)
    throw new CliError("expected: create <email>");

  const role = roleSchema.safeParse(flags.get("role"));
  if (!role.success) throw new CliError("--role must be admin, member or viewer");
  const password = flags.get("password") ?? (await promptPassword());

  const user = await withMigratedDatabase(() => createUser({ email, password, role: role.data }));
  process.stdout.write(`created ${user.role} ${user.email} (id ${user.id})\n`);
}

runCli(main, USAGE);
