import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { type Env, resolveAuthSecret } from "./auth-secret";

function tempDir() {
  return mkdtempSync(path.join(tmpdir(), "soundcheck-secret-"));
}

describe("resolveAuthSecret", () => {
  it("uses AUTH_SECRET when it is set, and writes nothing", () => {
    const dataDir = tempDir();
    const env: Env = { AUTH_SECRET: "from-the-environment" };

    expect(resolveAuthSecret({ dataDir, env })).toBe("from-the-environment");
    expect(() => statSync(path.join(dataDir, "auth-secret"))).toThrow();
  });

  it("generates one into DATA_DIR with mode 0600, and keeps it", () => {
    const dataDir = path.join(tempDir(), "nested");
    const env: Env = {};

    const first = resolveAuthSecret({ dataDir, env });
    const second = resolveAuthSecret({ dataDir, env: {} });

    const file = path.join(dataDir, "auth-secret");
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(second).toBe(first);
    expect(env.AUTH_SECRET).toBe(first);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("makes a different secret for a different data directory", () => {
    expect(resolveAuthSecret({ dataDir: tempDir(), env: {} })).not.toBe(
      resolveAuthSecret({ dataDir: tempDir(), env: {} }),
    );
  });
});
