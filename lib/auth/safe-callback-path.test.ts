import { describe, expect, it } from "vitest";

import { safeCallbackPath } from "./safe-callback-path";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/settings")).toBe("/settings");
    expect(safeCallbackPath("/tasks/abc?tab=receipts")).toBe("/tasks/abc?tab=receipts");
  });

  it("sends anything else home", () => {
    for (const value of [
      "https://evil.example",
      "//evil.example",
      "/\\evil.example",
      null,
      "/sign-in",
    ]) {
      expect(safeCallbackPath(value)).toBe("/");
    }
  });
});
