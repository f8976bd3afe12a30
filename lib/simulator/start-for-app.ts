import type { Config } from "@/lib/config";
import { logger } from "@/lib/logger";

import { type RunningSimulator, simulatorOptionsFromEnv, startSimulator } from "./start-simulator";

/**
 * With no API key and no base URL, the app plays against the simulator in its own process:
 * started here, on SIMULATOR_PORT (default PORT+1, or any free port when that one is
 * taken), and announced through SIMULATOR_URL (and ANYINT_BASE_URL) so getAnyIntClient()
 * finds it.
 */
export async function startSimulatorForApp(config: Config): Promise<RunningSimulator | undefined> {
  if (process.env.ANYINT_API_KEY || process.env.ANYINT_BASE_URL) return undefined;
  const options = simulatorOptionsFromEnv(config.dataDir);
  const chosen = options.port !== undefined;

  let simulator: RunningSimulator;
  try {
    simulator = await startSimulator({ ...options, port: options.port ?? config.PORT + 1 });
  } catch (error) {
    if (chosen || (error as NodeJS.ErrnoException).code !== "EADDRINUSE") throw error;
    logger.warn({ port: config.PORT + 1 }, "simulator port taken; using any free port");
    simulator = await startSimulator({ ...options, port: 0 });
  }
  announce(simulator.url);
  return {
    url: simulator.url,
    close: async () => {
      await simulator.close();
      withdraw(simulator.url);
    },
  };
}

/** SIMULATOR_URL for the client; ANYINT_BASE_URL too, for code that only reads that. */
function announce(url: string) {
  process.env.SIMULATOR_URL = url;
  process.env.ANYINT_BASE_URL = url;
}

// Undone on close, so a later start in the same process sees no base URL and starts one again.
function withdraw(url: string) {
  if (process.env.SIMULATOR_URL === url) delete process.env.SIMULATOR_URL;
  if (process.env.ANYINT_BASE_URL === url) delete process.env.ANYINT_BASE_URL;
}
