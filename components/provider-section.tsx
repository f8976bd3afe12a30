import type { ProviderSummary } from "@/lib/settings/provider-summary";

import { ConnectionTestButton } from "./connection-test-button";
import { SettingsSection } from "./settings-section";

const VERIFICATION = {
  signature: (header: string) =>
    `Each callback must carry an HMAC-SHA256 of its raw body in the ${header} header, ` +
    "made with WEBHOOK_SIGNING_SECRET; unsigned ones are kept and rejected.",
  "confirming-query": () =>
    "No signing secret is set, so before a callback may mark a task SUCCESS, " +
    "Soundcheck asks the provider's query route to confirm it.",
};

export function ProviderSection(props: { summary: ProviderSummary; canTest: boolean }) {
  const { summary } = props;
  return (
    <SettingsSection
      id="provider"
      title="Provider and callbacks"
      intro="Where tasks are sent, and how a callback is trusted before it changes a task."
    >
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Provider</dt>
        <dd>
          {summary.mode === "simulator" ? "Built-in simulator (no ANYINT_API_KEY set)" : "AnyInt"}{" "}
          <code className="text-xs">{summary.baseUrl}</code> ({summary.routes} routes)
        </dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Callback URL</dt>
        <dd>
          <code className="text-xs break-all">{summary.callbackUrl}</code>
          <p className="mt-1 text-zinc-500">One unguessable token per task.</p>
        </dd>
        <dt className="font-medium text-zinc-600 dark:text-zinc-400">Verification</dt>
        <dd data-testid="verification-mode">
          {summary.verification === "signature" ? "Signature" : "Confirming query"}:{" "}
          {VERIFICATION[summary.verification](summary.signatureHeader)}
        </dd>
      </dl>
      {props.canTest && <ConnectionTestButton />}
    </SettingsSection>
  );
}
