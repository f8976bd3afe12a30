import { ensureDemoAdmin } from "../lib/auth/demo-admin";

/** Creates the demo admin on a new database and prints how to sign in as it. */
export async function announceDemoAdmin(url: string): Promise<void> {
  const admin = await ensureDemoAdmin();
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
