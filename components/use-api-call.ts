"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

type ApiError = { error?: { message?: string } };

/**
 * Sends one JSON request to the app's API and, when it worked, re-renders the page's
 * server data. Keeps the error message to show and whether a request is under way.
 */
export function useApiCall() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  async function call<T>(method: string, url: string, body?: unknown): Promise<T | null> {
    setError(null);
    const response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as T & ApiError;
    if (!response.ok) {
      setError(json.error?.message ?? `The request failed (${response.status}).`);
      return null;
    }
    startTransition(() => router.refresh());
    return json;
  }

  return { call, error, pending };
}
