import { createApiToken } from "../lib/auth/create-api-token";
import { normaliseEmail } from "../lib/auth/email";
import { getDb } from "../lib/db/client";
import { CliError, parseCliArgs, runCli } from "./cli-args";
import { withMigratedDatabase } from "./cli-database";

const USAGE = "usage: npm run token -- create <name> --user <email>";

async function main() {
  const { positional, flags } = parseCliArgs(process.argv.slice(2));
  const [command, name, ...extra] = positional;
  if (command !== "create" || !name || extra.length) throw new CliError("expected: create <name>");
  const email = flags.get("user");
  if (!email) throw new CliError("--user <email> is required");

  const created = await withMigratedDatabase(async () => {
    const db = await getDb();
    const user = await db.user.findUnique({ where: { email: normaliseEmail(email) } });
    if (!user) throw new Error(`no user with the email ${email}`);
    return createApiToken({ userId: user.id, name });
  });
  process.stderr.write(
    `created token "${created.token.name}" for ${created.token.userEmail}; ` +
      "it is shown only this once:\n",
  );
  process.stdout.write(`${created.value}\n`);
}

runCli(main, USAGE);
