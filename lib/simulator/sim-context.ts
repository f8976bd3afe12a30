import type { Logger } from "@/lib/logger";

import type { Dispatcher } from "./deliver-callbacks";
import type { Faults } from "./faults";
import type { RequestLog, WindowCounter } from "./request-log";
import type { Store } from "./store";

/** What the request handlers share. */
export type SimContext = {
  store: Store;
  dispatcher: Dispatcher;
  requests: RequestLog;
  rateLimit?: WindowCounter;
  speed: number;
  faults: Faults;
  /** How many times each refusal-with-a-count has been given, by what it was asked for. */
  refusals: Map<string, number>;
  baseUrl: () => string;
  videoPath?: string;
  logger: Logger;
};

export type Answer = { status: number; body: unknown; headers?: Record<string, string> };

export function providerAnswer(code: number, msg: string, data: unknown = null): Answer {
  return { status: 200, body: { code, msg, data } };
}
