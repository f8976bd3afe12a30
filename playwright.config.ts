import { defineConfig, devices } from "@playwright/test";

import { E2E_BASE_URL, E2E_DATA_DIR, E2E_DATABASE_URL, E2E_PORT } from "./e2e/helpers/e2e-server";

// Browser tests run against the built app (`next build` first), started the way
// `npm start` starts it, on a database of its own that is new for every run.
const port = E2E_PORT;
const baseURL = E2E_BASE_URL;
const dataDir = E2E_DATA_DIR;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"], ["json", { outputFile: process.env.E2E_REPORT ?? "test-results/e2e.json" }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--autoplay-policy=no-user-gesture-required",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `rm -rf ${dataDir} && node_modules/.bin/tsx scripts/start.ts`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      PUBLIC_URL: baseURL,
      DATA_DIR: dataDir,
      DATABASE_URL: E2E_DATABASE_URL,
      NODE_ENV: "production",
      // 2.5 minutes of provider time per song become 2.5 seconds, so tests can wait for SUCCESS.
      SIMULATOR_SPEED: "60",
    },
  },
});
