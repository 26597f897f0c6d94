/**
 * The validators never throw and never pollute a prototype, whatever they are given: arbitrary JSON,
 * arbitrary JavaScript values, deep nesting, huge strings, hostile keys, throwing getters and proxies.
 */
import { REPORT_SCHEMA_IDS, validateReport } from "@cchc/reports";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { monthlyMediaReport, mutate } from "./support/arbitraries.js";
import { example } from "./support/examples.js";

const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__"];

function prototypesIntact(): void {
  for (const proto of [Object.prototype, Array.prototype, Function.prototype, String.prototype]) {
    expect(Object.getOwnPropertyNames(proto)).not.toContain("polluted");
  }
  expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
}

function checkResult(r: { valid: boolean; issues: readonly { path: string; code: string; message: string }[] }): void {
  expect(typeof r.valid).toBe("boolean");
  expect(r.valid).toBe(r.issues.length === 0);
  for (const issue of r.issues) {
    expect(typeof issue.path).toBe("string");
    expect(issue.path === "" || issue.path.startsWith("/")).toBe(true);
    expect(issue.code.length).toBeGreaterThan(0);
    expect(issue.message.length).toBeGreaterThan(0);
  }
}

const hostileObject = fc
  .array(fc.tuple(fc.constantFrom(...HOSTILE_KEYS, "polluted", "schemaVersion", "month"), fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 })
  .map((entries) => JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? "null"}`).join(",")}}`) as unknown);

describe("the validators never throw", () => {
  afterEach(prototypesIntact);

  it("on arbitrary JSON values, for every schema and language", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REPORT_SCHEMA_IDS), fc.jsonValue({ maxDepth: 4 }), fc.constantFrom("vi", "en") as fc.Arbitrary<"vi" | "en">, (id, value, lang) => {
        checkResult(validateReport(id, value, { lang }));
      }),
      { numRuns: 1500 },
    );
  });

  it("on arbitrary JavaScript values (functions, symbols, bigints, dates, maps, NaN, sparse arrays)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REPORT_SCHEMA_IDS), fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true }), (id, value) => {
        checkResult(validateReport(id, value));
      }),
      { numRuns: 1500 },
    );
  });

  it("on objects with __proto__, constructor and other hostile keys (reported, never copied)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...REPORT_SCHEMA_IDS), hostileObject, (id, value) => {
        const r = validateReport(id, value);
        checkResult(r);
        for (const key of Object.keys(value as object)) {
          if (key !== "schemaVersion" && key !== "month") expect(r.issues.some((i) => i.path === `/${key}` && i.code === "unrecognized_keys")).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("on mutations of valid reports, including hostile keys deep inside", () => {
    fc.assert(
      fc.property(monthlyMediaReport.chain(mutate), (value) => {
        checkResult(validateReport("monthly-media-report", value));
      }),
      { numRuns: 500 },
    );
  });

  it("on deep nesting and huge strings", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    let deepObject: Record<string, unknown> = {};
    const root = deepObject;
    for (let i = 0; i < 100_000; i++) {
      const next = {};
      deepObject["unit"] = next;
      deepObject = next;
    }
    const huge = "ệ".repeat(20_000_000);
    for (const id of REPORT_SCHEMA_IDS) {
      checkResult(validateReport(id, deep));
      checkResult(validateReport(id, root));
      checkResult(validateReport(id, { ...example("monthly-media-report.valid.json"), notes: huge, reportId: huge }));
    }
    const r = validateReport("monthly-media-report", { ...example("monthly-media-report.valid.json"), notes: huge });
    expect(r.issues.map((i) => `${i.path} ${i.code}`)).toEqual(["/notes too_big"]);
  });

  it("on throwing getters, revoked proxies, cycles and frozen inputs", () => {
    const throwing = Object.defineProperty({ ...example("monthly-media-report.valid.json") }, "month", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const r = validateReport("monthly-media-report", throwing);
    expect(r.valid).toBe(false);
    expect(r.issues[0]!.code).toBe("report.validator_failed");
    expect(r.issues[0]!.message).toContain("boom");

    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    checkResult(validateReport("difficulty-report", proxy));

    const cyclic: Record<string, unknown> = { ...example("difficulty-report.valid.json") };
    cyclic["from"] = cyclic;
    checkResult(validateReport("difficulty-report", cyclic));

    const frozen = Object.freeze(example("monthly-media-report.valid.json"));
    expect(validateReport("monthly-media-report", frozen).valid).toBe(true);
  });

  it("on unknown schema ids, including prototype names", () => {
    for (const id of ["__proto__", "constructor", "toString", "", "x".repeat(10_000)]) {
      const r = validateReport(id, {});
      expect(r.issues.map((i) => i.code)).toEqual(["report.unknown_schema"]);
    }
  });
});
