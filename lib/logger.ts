import pino from "pino";

// One logger for the whole app; modules take a child with the ids that matter to them.
// Tokens, keys and passwords are redacted wherever they appear under these names.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info"),
  base: { service: "soundcheck" },
  redact: {
    paths: [
      "apiKey",
      "token",
      "password",
      "secret",
      "authorization",
      "*.apiKey",
      "*.token",
      "*.password",
      "*.secret",
      "*.authorization",
      "headers.cookie",
    ],
    censor: "[redacted]",
  },
});

export type Logger = typeof logger;
