import { describe, expect, it } from "vitest";

import { signatureIsValid, signBody } from "./verify-signature";

const secret = "a-secret-of-sixteen-chars";
const body = '{"task_id":"abc","callbackType":"complete"}';

describe("signatureIsValid", () => {
  it("accepts the HMAC of the raw body, bare or with its sha256= prefix", () => {
    const signature = signBody(secret, body);
    expect(signatureIsValid({ secret, rawBody: body, signature, timestamp: undefined })).toBe(true);
    const bare = signature.replace("sha256=", "");
    expect(signatureIsValid({ secret, rawBody: body, signature: bare, timestamp: undefined })).toBe(
      true,
    );
  });

  it("refuses a changed body, another secret, or no signature", () => {
    const signature = signBody(secret, body);
    expect(signatureIsValid({ secret, rawBody: `${body} `, signature, timestamp: undefined })).toBe(
      false,
    );
    expect(
      signatureIsValid({ secret: `${secret}x`, rawBody: body, signature, timestamp: undefined }),
    ).toBe(false);
    expect(
      signatureIsValid({ secret, rawBody: body, signature: undefined, timestamp: undefined }),
    ).toBe(false);
  });

  it("binds the timestamp and refuses old ones", () => {
    const now = Date.parse("2026-12-03T12:00:00Z");
    const timestamp = String(now / 1000);
    const signature = signBody(secret, body, timestamp);
    expect(signatureIsValid({ secret, rawBody: body, signature, timestamp, now })).toBe(true);
    expect(
      signatureIsValid({ secret, rawBody: body, signature, timestamp, now: now + 10 * 60_000 }),
    ).toBe(false);
    expect(
      signatureIsValid({
        secret,
        rawBody: body,
        signature,
        timestamp: String(now / 1000 + 1),
        now,
      }),
    ).toBe(false);
  });
});
