import { describe, expect, it } from "vitest";

import { isCrossOrigin, isStateChanging } from "./check-origin";

const publicUrl = new URL("https://soundcheck.example.com");

function request(headers: Record<string, string>) {
  return new Request("http://0.0.0.0:3000/api/tasks", { method: "POST", headers });
}

describe("isCrossOrigin", () => {
  it("accepts the public origin and the origin the request was addressed to", () => {
    expect(isCrossOrigin(request({ origin: "https://soundcheck.example.com" }), publicUrl)).toBe(
      false,
    );
    expect(
      isCrossOrigin(
        request({ origin: "http://localhost:3000", host: "localhost:3000" }),
        publicUrl,
      ),
    ).toBe(false);
  });

  it("refuses another origin, a null origin, and a cross-site fetch", () => {
    expect(isCrossOrigin(request({ origin: "https://evil.example" }), publicUrl)).toBe(true);
    expect(isCrossOrigin(request({ origin: "null" }), publicUrl)).toBe(true);
    expect(isCrossOrigin(request({ "sec-fetch-site": "cross-site" }), publicUrl)).toBe(true);
    expect(isCrossOrigin(request({ "sec-fetch-site": "same-site" }), publicUrl)).toBe(true);
  });

  it("does not let a matching Sec-Fetch-Site excuse a foreign Origin", () => {
    const headers = { "sec-fetch-site": "same-origin", origin: "https://evil.example" };

    expect(isCrossOrigin(request(headers), publicUrl)).toBe(true);
  });

  it("lets through requests that no browser made", () => {
    expect(isCrossOrigin(request({}), publicUrl)).toBe(false);
  });
});

describe("isStateChanging", () => {
  it("is true for the methods that change things", () => {
    expect(["POST", "PUT", "PATCH", "DELETE", "post"].map(isStateChanging)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["GET", "HEAD", "OPTIONS"].map(isStateChanging)).toEqual([false, false, false]);
  });
});
