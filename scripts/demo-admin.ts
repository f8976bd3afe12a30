import { ensureDemoAdmin } from "../lib/auth/demo-admin";
import type { Config } from "../lib/config";
import { migrate } from "../lib/db/migrate";

type DemoAdmin = { email: string; password: string };

/**
 * Gets a demo started: a simulator quick enough to show a song finishing within a
 * minute, and the demo admin created before the server listens, so a new database never
 * shows its set-up page to whoever comes first.
 */
export async function prepareDemo(config: Config): Promise<DemoAdmin | null> {
  process.env.SIMULATOR_SPEED ??= "4";
  await migrate({ url: config.DATABASE_URL });
  return ensureDemoAdmin();
}

export function announceDemoAdmin(url: string, admin: DemoAdmin | null): void {
  if (!admin) return;
  process.stdout.write(
    [
      "",
      `  Demo admin created. Sign in at ${url}/sign-in with`,
      `    email:    ${admin.email}`,
      `    password: ${admin.password}`,
      "",
      "",
    ].join("\n"),
  );
}
