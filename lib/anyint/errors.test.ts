import { describe, expect, it } from "vitest";

import { classifyProviderCode, ProviderError } from "./errors";

// Every code in ANYINT.md's table, and what the client does with it.
const TABLE: [number, string][] = [
  [400, "user_fix"],
  [401, "admin"],
  [405, "retry_later"],
  [408, "retry_later"],
  [409, "user_fix"],
  [413, "user_fix"],
  [429, "admin"],
  [430, "retry_later"],
  [451, "retry_later"],
  [455, "retry_later"],
  [500, "retry_later"],
  [501, "user_fix"],
  [531, "user_fix"],
];

describe("classifyProviderCode", () => {
  it.each(TABLE)("puts %i in %s", (code, errorClass) => {
    expect(classifyProviderCode(code)).toBe(errorClass);
  });

  it("takes other 5xx as transient and other 4xx as the request's fault", () => {
    expect(classifyProviderCode(502)).toBe("retry_later");
    expect(classifyProviderCode(503)).toBe("retry_later");
    expect(classifyProviderCode(404)).toBe("user_fix");
  });
});

describe("ProviderError", () => {
  it("carries its class, codes and wait", () => {
    const error = new ProviderError("slow down", {
      errorClass: "retry_later",
      httpStatus: 200,
      providerCode: 430,
      retryAfterMs: 2000,
    });

    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      errorClass: "retry_later",
      httpStatus: 200,
      providerCode: 430,
      retryAfterMs: 2000,
    });
    expect(error.message).toBe("slow down");
  });
});
