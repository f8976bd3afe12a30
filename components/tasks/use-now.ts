"use client";

import { useEffect, useState } from "react";

/** The current time, ticking every `everyMs`, for ages like "3 min ago". */
export function useNow(everyMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
