import { AppHeader } from "@/components/app-header";

export const dynamic = "force-dynamic";

export default function HomePage() {
  return (
    <>
      <AppHeader />
      <main className="mx-auto max-w-5xl px-6 py-12">
        <h1 className="text-2xl font-semibold tracking-tight">Soundcheck</h1>
        <p className="mt-2 text-zinc-600 dark:text-zinc-400">
          Your AnyInt music tasks will appear here.
        </p>
      </main>
    </>
  );
}
