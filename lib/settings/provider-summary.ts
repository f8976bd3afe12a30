import { ANYINT_GATEWAY } from "@/lib/anyint/client";
import { getConfig } from "@/lib/config";
import { callbackUrlFor } from "@/lib/tasks/callback-token";

export type ProviderSummary = {
  mode: "simulator" | "provider";
  baseUrl: string;
  routes: string;
  callbackUrl: string;
  verification: "signature" | "confirming-query";
  signatureHeader: string;
};

/** What the settings page says about the provider and how callbacks are trusted. */
export function providerSummary(): ProviderSummary {
  const config = getConfig();
  const simulator = !config.ANYINT_API_KEY;
  return {
    mode: simulator ? "simulator" : "provider",
    baseUrl:
      (simulator ? process.env.SIMULATOR_URL : undefined) ??
      config.ANYINT_BASE_URL ??
      ANYINT_GATEWAY,
    routes: process.env.ANYINT_ROUTES ?? "anyint",
    callbackUrl: callbackUrlFor(config.PUBLIC_URL, "{token}"),
    verification: config.WEBHOOK_SIGNING_SECRET ? "signature" : "confirming-query",
    signatureHeader: config.WEBHOOK_SIGNATURE_HEADER,
  };
}
