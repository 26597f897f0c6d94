import { describe, expect, it } from "vitest";
import { DEFAULT_SERVER_LIMITS, resolveServerLimits, SERVER_LIMIT_VARIABLES, serverLimitsFromEnv } from "@cchc/http";

describe("serverLimitsFromEnv", () => {
  it("has one variable for every limit", () => {
    expect(Object.keys(SERVER_LIMIT_VARIABLES).sort()).toEqual(Object.keys(DEFAULT_SERVER_LIMITS).sort());
    expect(new Set(Object.values(SERVER_LIMIT_VARIABLES)).size).toBe(Object.keys(DEFAULT_SERVER_LIMITS).length);
  });

  it("reads the limits that are set, and only those; empty counts as unset", () => {
    const env = { HEADERS_TIMEOUT_MS: "1500", REQUEST_TIMEOUT_MS: " 4000 ", MAX_BODY_BYTES: "2048", MAX_CONNECTIONS: "", PATH: "/usr/bin" };
    expect(serverLimitsFromEnv(env)).toEqual({ headersTimeoutMs: 1500, requestTimeoutMs: 4000, maxBodyBytes: 2048 });
    expect(resolveServerLimits(serverLimitsFromEnv(env))).toEqual({ ...DEFAULT_SERVER_LIMITS, headersTimeoutMs: 1500, requestTimeoutMs: 4000, maxBodyBytes: 2048 });
  });

  it.each(["abc", "1.5", "-1", "1e3", "0x10", "9".repeat(16)])("refuses %s, naming the variable", (value) => {
    expect(() => serverLimitsFromEnv({ MAX_CONNECTIONS: value })).toThrow(/MAX_CONNECTIONS/);
  });

  it("leaves the consistency checks to resolveServerLimits", () => {
    expect(() => resolveServerLimits(serverLimitsFromEnv({ MAX_CONNECTIONS: "0" }))).toThrow(/maxConnections/);
    expect(() => resolveServerLimits(serverLimitsFromEnv({ HEADERS_TIMEOUT_MS: "60000" }))).toThrow(/requestTimeoutMs/);
  });
});
