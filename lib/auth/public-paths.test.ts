import { describe, expect, it } from "vitest";

import { isApiPath, isPublicPath } from "./public-paths";

describe("isPublicPath", () => {
  it("opens sign-in, set-up, Auth.js, health and provider callbacks", () => {
    const open = ["/sign-in", "/setup", "/api/auth/csrf", "/api/health", "/api/webhooks/anyint/t"];

    expect(open.filter(isPublicPath)).toEqual(open);
  });

  it("keeps everything else behind sign-in, including look-alikes", () => {
    const closed = ["/", "/settings", "/api/tasks", "/api/healthz", "/api/authors", "/sign-in-x"];

    expect(closed.filter(isPublicPath)).toEqual([]);
  });
});

describe("isApiPath", () => {
  it("tells API routes from pages", () => {
    expect(["/api", "/api/tasks", "/apiary", "/"].map(isApiPath)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
