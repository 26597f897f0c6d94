/**
 * The validators walk the report schemas themselves (src/validate/walk.ts) instead of converting the
 * issues of zod's `safeParse`: these tests hold the walk — generated and plain (no `new Function`) —
 * to the plain zod path, `schema.safeParse` (zod's interpreter, `jitless`) with its issues converted as
 * `toValidationIssues` converts them (one issue per unknown key, at most MAX_ISSUES and a final count):
 * the same verdict, the same value, the same issues (path, code, message) in order, in both languages,
 * on generated valid payloads, on payloads with one to three mutations, and on hostile shapes.
 */
import { formatMessage, toJsonPointer, toValidationIssues, zodErrorMap, type Lang, type ValidationIssue } from "@cchc/core";
import { MAX_ISSUES, REPORT_SCHEMA_IDS, reportSchemaEntry, type ReportValidationResult } from "@cchc/reports";
import fc from "fast-check";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { reportValidationMessages } from "../src/messages/validation.js";
import { count, list, strictObject, text } from "../src/schemas/fields.js";
import { validateWalked } from "../src/validate/validator.js";
import { walkOf } from "../src/validate/walk.js";
import { mutate } from "./support/arbitraries.js";

type Json = unknown;
import { GENERATORS } from "./support/differential.js";

const tz = process.env["CCHC_EXPECTED_TZ"];
const RUNS = tz === undefined || tz === "UTC" ? 1000 : 150;

/** The plain zod path: `safeParse` (zod's interpreter) and its issues converted one by one. */
function reference(schema: z.ZodMiniType, payload: unknown, lang: Lang): ReportValidationResult<unknown> {
  const error = zodErrorMap(lang);
  const result = schema.safeParse(payload, { error, jitless: true });
  if (result.success) return { valid: true, value: result.data, issues: [] };
  const issues: ValidationIssue[] = [];
  for (const issue of result.error.issues) {
    if (issue.code !== "unrecognized_keys") {
      issues.push(...toValidationIssues([issue], lang));
      continue;
    }
    for (const key of issue.keys) {
      const message = issue.keys.length === 1 ? issue.message : error({ ...issue, keys: [key] } as never);
      issues.push({ path: toJsonPointer([...issue.path, key]), code: issue.code, message: typeof message === "string" ? message : message!.message });
    }
  }
  if (issues.length <= MAX_ISSUES) return { valid: false, issues };
  const more = issues.length - MAX_ISSUES;
  const message = formatMessage(reportValidationMessages, "report.too_many_issues", { count: more }, lang);
  return { valid: false, issues: [...issues.slice(0, MAX_ISSUES), { path: "", code: "report.too_many_issues", message }] };
}

/** The walk of any schema (generated and plain) against the plain zod path. */
function sameWalk(schema: z.ZodMiniType, payload: unknown, lang: Lang): void {
  const expected = reference(schema, payload, lang);
  for (const generate of [true, false]) {
    const actual = validateWalked(walkOf(schema, generate), payload, lang);
    expect(actual.valid).toBe(expected.valid);
    expect(actual.issues).toStrictEqual(expected.issues);
    if (expected.valid) expect(actual.value).toStrictEqual(expected.value);
  }
}

function same(id: (typeof REPORT_SCHEMA_IDS)[number], payload: unknown, lang: Lang): void {
  const entry = reportSchemaEntry(id)!;
  const schema = entry.schema as z.ZodMiniType;
  let expected: ReportValidationResult<unknown>;
  try {
    expected = reference(schema, payload, lang);
  } catch (error) {
    // zod's path throws (a value whose conversion to text throws, such as `{ "toString": 1 }` where a
    // code is expected): the walk throws the same error, which the validator reports as its failure.
    expect(() => validateWalked(walkOf(schema, false), payload, lang)).toThrow((error as Error).message);
    expect(entry.validateShape(payload, lang).issues.map((i) => i.code)).toStrictEqual(["report.validator_failed"]);
    return;
  }
  const walked = entry.validateShape(payload, lang);
  const plain = validateWalked(walkOf(schema, false), payload, lang);
  for (const actual of [walked, plain]) {
    expect(actual.valid).toBe(expected.valid);
    expect(actual.issues).toStrictEqual(expected.issues);
    if (expected.valid) expect(actual.value).toStrictEqual(expected.value);
  }
}

/** One to three mutations of a payload. */
const mutated = (base: Json): fc.Arbitrary<Json> => fc.integer({ min: 1, max: 3 }).chain((n) => {
  let arb = mutate(base);
  for (let i = 1; i < n; i++) arb = arb.chain((m) => mutate(m));
  return arb;
});

describe("the validators' walk agrees with the plain zod path", () => {
  for (const id of REPORT_SCHEMA_IDS) {
    it(`on valid and mutated payloads: ${id}`, () => {
      const valid = fc.sample(GENERATORS[id], { numRuns: RUNS, seed: 20_261_208 });
      valid.forEach((payload, i) => same(id, payload, i % 2 === 0 ? "vi" : "en"));
      const broken = fc.sample(fc.constantFrom(...valid).chain((p) => mutated(p as Json)), { numRuns: 2 * RUNS, seed: 15 });
      broken.forEach((payload, i) => same(id, payload, i % 2 === 0 ? "en" : "vi"));
    });
  }

  it("on hostile shapes: wrong containers, oversized lists, many unknown keys, inherited keys and getters", () => {
    const base = fc.sample(GENERATORS["monthly-media-report"], { numRuns: 1, seed: 5 })[0] as Record<string, unknown>;
    const sections = base["sections"] as Record<string, unknown>[];
    const many = Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`k${i}`, i]));
    const inherited = Object.assign(Object.create({ notes: "kế thừa", zzz: 1 }) as Record<string, unknown>, base);
    const getter = Object.defineProperty({ ...base }, "month", { enumerable: true, get: () => "2026-13" });
    const payloads: unknown[] = [
      null,
      [],
      "report",
      { ...base, sections: "none" },
      { ...base, sections: { length: 2 } },
      { ...base, sections: Array.from({ length: 201 }, () => sections[0] ?? {}) },
      { ...base, content: [] },
      { ...base, recommendations: Array.from({ length: 51 }, () => "") },
      { ...base, ...many },
      { ...base, unit: { ...(base["unit"] as object), a: 1, "x/y~z": 2 }, totals: 5, feedback: null },
      { ...base, sections: [{ ...sections[0], __proto__x: 1, extra: 2 }, 7, null] },
      JSON.parse(`{"__proto__": 1, "schemaVersion": 2}`),
      inherited,
      getter,
      { ...base, notes: undefined, reportId: undefined },
      { ...base, month: undefined },
    ];
    payloads.forEach((payload, i) => {
      same("monthly-media-report", payload, i % 2 === 0 ? "vi" : "en");
      same("synthesis-report", payload, i % 2 === 0 ? "en" : "vi");
    });
  });

  it("on a schema whose parts have error maps of their own (zod asks them first)", () => {
    const schema = strictObject({
      code: z.enum(["a", "b", "c", "d", "e", "f", "g"], { error: (issue) => `code ${String(issue.input)}` }),
      n: count(),
      name: z.optional(text(5)),
      tags: list(z.string({ error: "not a string" }), 2),
      nested: strictObject({ one: z.literal(1, { error: "one" }), two: z.optional(z.number({ error: () => undefined })) }),
      few: z.array(z.number()).check(z.maxLength(1, { error: "too many" }), z.minLength(1)),
    });
    const anything = fc.oneof(fc.constantFrom("a", "z", 1, 2, -1, null, "", "   ", "abcdef", ["x"], ["x", "y", "z"], [1, 2], [], {}, { one: 1 }, { one: 2, two: "x", three: 3 }), fc.jsonValue({ maxDepth: 2 }));
    const payload = fc.dictionary(fc.constantFrom("code", "n", "name", "tags", "nested", "few", "other", "__proto__"), anything);
    fc.assert(
      fc.property(payload, fc.constantFrom<Lang>("vi", "en"), (p, lang) => {
        sameWalk(schema as unknown as z.ZodMiniType, p, lang);
      }),
      { numRuns: 2000 },
    );
  });
});
