import { describe, expect, it } from "vitest";

import { decideTransition } from "./transition";

describe("decideTransition", () => {
  it("moves forward through the stages, skipping is fine", () => {
    expect(decideTransition("PENDING", "TEXT_SUCCESS")).toBe("advance");
    expect(decideTransition("PENDING", "SUCCESS")).toBe("advance");
    expect(decideTransition("SUBMITTING", "FIRST_SUCCESS")).toBe("advance");
  });

  it("never moves backwards", () => {
    expect(decideTransition("SUCCESS", "FIRST_SUCCESS")).toBe("regression");
    expect(decideTransition("FIRST_SUCCESS", "TEXT_SUCCESS")).toBe("regression");
    expect(decideTransition("TEXT_SUCCESS", "PENDING")).toBe("regression");
  });

  it("treats failures as terminal", () => {
    expect(decideTransition("FIRST_SUCCESS", "GENERATE_AUDIO_FAILED")).toBe("advance");
    expect(decideTransition("GENERATE_AUDIO_FAILED", "SUCCESS")).toBe("terminal");
    expect(decideTransition("CREATE_TASK_FAILED", "PENDING")).toBe("terminal");
    expect(decideTransition("SUCCESS", "GENERATE_AUDIO_FAILED")).toBe("regression");
  });

  it("lets only a SUCCESS out of TIMED_OUT", () => {
    expect(decideTransition("TIMED_OUT", "SUCCESS")).toBe("advance");
    expect(decideTransition("TIMED_OUT", "FIRST_SUCCESS")).toBe("terminal");
    expect(decideTransition("TIMED_OUT", "GENERATE_AUDIO_FAILED")).toBe("terminal");
  });

  it("reports a repeat as the same", () => {
    expect(decideTransition("FIRST_SUCCESS", "FIRST_SUCCESS")).toBe("same");
  });
});
