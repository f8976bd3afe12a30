import { describe, expect, it } from "vitest";

import { TASK_KINDS } from "@/lib/tasks/status";

import { createPath, queryPath, ROUTES, routeSetName } from "./routes";

describe("the route table", () => {
  it("defaults to AnyInt's paths and selects sunoapi.org's by name", () => {
    expect(routeSetName(undefined)).toBe("anyint");
    expect(routeSetName("sunoapi")).toBe("sunoapi");
    expect(() => routeSetName("suno")).toThrow(/ANYINT_ROUTES/);
  });

  it("has a create and a query path for every kind in both sets", () => {
    for (const kind of TASK_KINDS) {
      expect(ROUTES.anyint.create[kind]).toMatch(/^\/suno\//);
      expect(ROUTES.sunoapi.create[kind]).toMatch(/^\/api\/v1\//);
      expect(ROUTES.anyint.query[kind]).toMatch(/^\/suno\/query\//);
      expect(ROUTES.sunoapi.query[kind]).toMatch(/^\/api\/v1\/.*record-info$/);
    }
  });

  it("sends AnyInt's stem split to its own path, sunoapi.org's to the shared one", () => {
    expect(createPath("anyint", "vocal-removal", { type: "split_stem" })).toBe("/suno/split-stem");
    expect(createPath("anyint", "vocal-removal", { type: "separate_vocal" })).toBe(
      "/suno/vocal-removal",
    );
    expect(createPath("sunoapi", "vocal-removal", { type: "split_stem" })).toBe(
      "/api/v1/vocal-removal/generate",
    );
  });

  it("puts the task id in the query string, escaped", () => {
    expect(queryPath("anyint", "cover-art", "a b")).toBe("/suno/query/cover?taskId=a%20b");
    expect(queryPath("sunoapi", "music", "x")).toBe("/api/v1/generate/record-info?taskId=x");
  });
});
