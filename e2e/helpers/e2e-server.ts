// Where the browser suite's one app keeps its data: playwright.config.ts starts the
// server with these, and specs seed its database through them.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATA_DIR = `.e2e/${E2E_PORT}`;
export const E2E_DATABASE_URL = `file:./${E2E_DATA_DIR}/soundcheck.db`;
