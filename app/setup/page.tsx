import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { AuthCard } from "@/components/auth-card";
import { SetupForm } from "@/components/setup-form";
import { hasAnyUser } from "@/lib/auth/list-users";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Set up" };

/** First run only: once any user exists this page is gone. */
export default async function SetupPage() {
  if (await hasAnyUser()) redirect("/sign-in");

  return (
    <AuthCard
      title="Welcome to Soundcheck"
      intro="Create the admin account. You can add more people from Settings afterwards."
    >
      <SetupForm />
    </AuthCard>
  );
}
