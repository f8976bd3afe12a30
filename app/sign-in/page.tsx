import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { AuthCard } from "@/components/auth-card";
import { SignInForm } from "@/components/sign-in-form";
import { hasAnyUser } from "@/lib/auth/list-users";
import { SIGN_IN_REFUSED } from "@/lib/auth/messages";
import { getPageActor } from "@/lib/auth/page-actor";
import { safeCallbackPath } from "@/lib/auth/safe-callback-path";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  if (!(await hasAnyUser())) redirect("/setup");
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getPageActor()) redirect(callbackUrl);

  // Auth.js's own endpoints send refusals here as ?error=; they read like the form's.
  const initialError = params.error ? SIGN_IN_REFUSED : null;
  return (
    <AuthCard title="Sign in" intro="Use the email and password of your Soundcheck account.">
      <SignInForm callbackUrl={callbackUrl} initialError={initialError} />
    </AuthCard>
  );
}
