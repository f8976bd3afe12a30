import type { Metadata } from "next";

import { AppHeader } from "@/components/app-header";
import { ProviderSection } from "@/components/provider-section";
import { TokenSection } from "@/components/token-section";
import { UserSection } from "@/components/user-section";
import { listApiTokens } from "@/lib/auth/list-api-tokens";
import { listUsers } from "@/lib/auth/list-users";
import { requirePageActor } from "@/lib/auth/page-actor";
import { roleAllows } from "@/lib/auth/roles";
import { providerSummary } from "@/lib/settings/provider-summary";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const actor = await requirePageActor();
  const isAdmin = roleAllows(actor.role, "admin");
  const tokens = await listApiTokens({ userId: isAdmin ? undefined : actor.userId });
  const users = isAdmin ? await listUsers() : null;

  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-5xl space-y-8 px-6 py-10">
        <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
        <TokenSection
          tokens={tokens}
          canCreate={roleAllows(actor.role, "write")}
          owners={users}
          currentUserId={actor.userId}
        />
        <ProviderSection summary={providerSummary()} canTest={isAdmin} />
        {users && <UserSection users={users} currentUserId={actor.userId} />}
      </main>
    </>
  );
}
