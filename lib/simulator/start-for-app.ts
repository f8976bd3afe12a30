import type { Config } from "@/lib/config";
import { logger } from "@/lib/logger";

import { type RunningSimulator, simulatorOptionsFromEnv, startSimulator } from "./start-simulator";

/**
 * With no API key and no base URL, the app plays against the simulator in its own process:
 * started here, on SIMULATOR_PORT (default PORT+1, or any free port when that one is
 * taken), and announced through SIMULATOR_URL so getAnyIntClient() finds it.
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
  process.env.SIMULATOR_URL = simulator.url;
  return simulator;
}
