import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bearerToken, createTokenRegistry, isUnitId, parseReportId, reportIdOf } from "@cchc/intake";

describe("tokens", () => {
  it("authenticates a token, or its sha256 digest written in the file, and nothing else", async () => {
    const hidden = "token-of-so-tu-phap-kept-as-a-digest";
    const r = await createTokenRegistry({
      "token-of-the-broadcaster-0001": "bao-ptth-bac-ninh",
      [`sha256:${createHash("sha256").update(hidden).digest("hex")}`]: "so-tu-phap",
    });
    if (!r.ok) throw r.error;
    expect(await r.value.authenticate("token-of-the-broadcaster-0001")).toBe("bao-ptth-bac-ninh");
    expect(await r.value.authenticate(hidden)).toBe("so-tu-phap");
    expect(await r.value.authenticate("token-of-the-broadcaster-0002")).toBeUndefined();
    expect(await r.value.authenticate("")).toBeUndefined();
    expect(await r.value.authenticate("x".repeat(10_000))).toBeUndefined();
    expect(r.value.units).toEqual(["bao-ptth-bac-ninh", "so-tu-phap"]);
  });

  it("refuses short tokens, unknown units and non-objects, without echoing the token", async () => {
    for (const entries of [{ short: "so-tu-phap" }, { "a-long-enough-token-0000": "so-unknown" }, { "a-long-enough-token-0000": "ubnd-xa-phuong" }, [], null, "x"]) {
      const r = await createTokenRegistry(entries);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe("intake.invalid_tokens");
        expect(r.error.messages.en).not.toContain("a-long-enough-token");
      }
    }
  });

  it("reads the bearer token of an Authorization header", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer   abc")).toBe("abc");
    expect(bearerToken("Bearer")).toBeUndefined();
    expect(bearerToken("Bearer a b")).toBeUndefined();
    expect(bearerToken(null)).toBeUndefined();
  });
});

describe("unit and report ids", () => {
  it("accepts actor ids, and commune-level actors only with a five-digit code", () => {
    expect(["so-tu-phap", "ubnd-xa-phuong:07663", "bao-ptth-bac-ninh"].every(isUnitId)).toBe(true);
    expect(["ubnd-xa-phuong", "so-tu-phap:07663", "ubnd-xa-phuong:7663", "ubnd-xa-phuong:٠٧٦٦٣", "__proto__", 3].some(isUnitId)).toBe(false);
  });

  it("round-trips report ids, the last @ separating unit and period", () => {
    const key = { schema: "difficulty-report" as const, unit: "ubnd-xa-phuong:07663", period: "2026-Q1" };
    expect(parseReportId(reportIdOf(key))).toEqual({ unit: key.unit, period: key.period });
    expect(parseReportId("no-at-sign")).toBeUndefined();
    expect(parseReportId("@2026")).toBeUndefined();
  });
});
