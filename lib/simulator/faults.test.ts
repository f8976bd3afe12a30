import { describe, expect, it } from "vitest";

import { faultsFromSetting, faultsInText } from "./faults";

describe("faultsInText", () => {
  it("reads every marker, with and without values, across several texts", () => {
    expect(
      faultsInText("a [sim:refuse=430*2] b [sim:retry-after=3]", "[sim:delay-callbacks=5]"),
    ).toEqual({
      refuse: { code: 430, times: 2 },
      retryAfterSeconds: 3,
      delayCallbacksSeconds: 5,
    });
    expect(faultsInText("[sim:fail][sim:stall]", undefined, "[sim:reorder-callbacks]")).toEqual({
      fail: true,
      stall: true,
      reorderCallbacks: true,
    });
  });

  it("ignores text that only looks like a marker", () => {
    expect(faultsInText("[sim:explode] [sim:delay-callbacks=soon] [sim fail]")).toEqual({});
  });
});

describe("faultsFromSetting", () => {
  it("reads a comma-separated list, with or without brackets", () => {
    expect(faultsFromSetting("drop-callbacks, duplicate-callbacks,[sim:sensitive]")).toEqual({
      dropCallbacks: true,
      duplicateCallbacks: true,
      sensitive: true,
    });
    expect(faultsFromSetting(undefined)).toEqual({});
  });

  it("refuses names it does not know and values that are not numbers", () => {
    expect(() => faultsFromSetting("explode")).toThrow(/Unknown simulator fault "explode"/);
    expect(() => faultsFromSetting("refuse=lots")).toThrow(/needs a number/);
  });
});
