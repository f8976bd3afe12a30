import { describe, expect, it } from "vitest";

import { EMPTY_FILTERS, filtersFromParams, filtersToSearch, listUrl } from "./list-filters";

describe("listUrl", () => {
  it("expands a status group to the API's comma list", () => {
    const url = new URL(listUrl({ ...EMPTY_FILTERS, status: "failed" }, null), "http://x");
    const statuses = url.searchParams.get("status")?.split(",");
    expect(statuses).toContain("CREATE_TASK_FAILED");
    expect(statuses).toContain("TIMED_OUT");
    expect(statuses).not.toContain("SUCCESS");
  });

  it("passes a single status, kind, trimmed search and the cursor through", () => {
    const filters = { status: "SUCCESS", kind: "lyrics", q: "  rain " };
    const url = new URL(listUrl(filters, "abc"), "http://x");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: "SUCCESS",
      kind: "lyrics",
      q: "rain",
      cursor: "abc",
      limit: "25",
    });
  });

  it("leaves out filters that are not set", () => {
    expect(listUrl(EMPTY_FILTERS, null)).toBe("/api/tasks?limit=25");
  });
});

describe("filters in the address bar", () => {
  it("round-trips through the query string", () => {
    const filters = { status: "open", kind: "music", q: "a b" };
    const search = filtersToSearch(filters);
    expect(search).toBe("?status=open&kind=music&q=a+b");
    expect(filtersFromParams(new URLSearchParams(search))).toEqual(filters);
  });

  it("is empty for no filters", () => {
    expect(filtersToSearch(EMPTY_FILTERS)).toBe("");
    expect(filtersFromParams(new URLSearchParams())).toEqual(EMPTY_FILTERS);
  });
});
