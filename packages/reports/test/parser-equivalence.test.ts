/**
 * For speed the report schemas parse strict objects with parsers generated per shape and take valid
 * leaf values through fast paths (src/schemas/object.ts, src/schemas/leaf.ts). These tests hold that
 * machinery to zod's own interpreter: on generated valid payloads and on mutations of them (wrong
 * values, removed keys, unknown and hostile keys), the fast parse and zod's `jitless` parse return the
 * same verdict, the same value (key for key) and the same issues (every field), in both languages; and
 * each leaf's fast path accepts exactly the values its zod parse accepts, with the same output.
 */
import { zodErrorMap, type Lang } from "@cchc/core";
import { ACTOR_IDS } from "@cchc/plan/codes";
import { REPORT_SCHEMA_IDS, reportSchemaEntry } from "@cchc/reports";
import fc from "fast-check";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { count, extraKey, isoDate, isoDateTime, minutes, monthId, periodId, text } from "../src/schemas/fields.js";
import { INVALID } from "../src/schemas/leaf.js";
import { leafFastPath } from "../src/schemas/object.js";
import { mutate } from "./support/arbitraries.js";
import { GENERATORS } from "./support/differential.js";

const tz = process.env["CCHC_EXPECTED_TZ"];
const RUNS = tz === undefined || tz === "UTC" ? 1500 : 200;

function sameParse(schema: z.ZodMiniType, payload: unknown, lang: Lang): void {
  const error = zodErrorMap(lang);
  const fast = schema.safeParse(payload, { error });
  const reference = schema.safeParse(payload, { error, jitless: true });
  expect(fast.success).toBe(reference.success);
  if (fast.success && reference.success) expect(fast.data).toStrictEqual(reference.data);
  else expect(fast.error?.issues).toStrictEqual(reference.error?.issues);
}

describe("generated object parsers", () => {
  for (const id of REPORT_SCHEMA_IDS) {
    it(`agree with zod's interpreter on valid and mutated payloads: ${id}`, () => {
      const schema = reportSchemaEntry(id)!.schema as z.ZodMiniType;
      const valid = fc.sample(GENERATORS[id], { numRuns: RUNS, seed: 20_260_311 });
      valid.forEach((payload, i) => sameParse(schema, payload, i % 2 === 0 ? "vi" : "en"));
      const mutated = fc.sample(fc.constantFrom(...valid).chain(mutate), { numRuns: 2 * RUNS, seed: 7 });
      mutated.forEach((payload, i) => sameParse(schema, payload, i % 2 === 0 ? "en" : "vi"));
    });
  }

  it("agree on inherited keys, getters and keys holding undefined", () => {
    const schema = reportSchemaEntry("difficulty-report")!.schema as z.ZodMiniType;
    const base = fc.sample(GENERATORS["difficulty-report"], { numRuns: 1, seed: 3 })[0] as Record<string, unknown>;
    const inherited = Object.create({ notes: "kế thừa", reportId: undefined }) as Record<string, unknown>;
    Object.assign(inherited, base);
    const getter = Object.defineProperty({ ...base }, "reportedOn", { enumerable: true, get: () => "2026-03-01" });
    for (const payload of [inherited, getter, { ...base, notes: undefined, period: undefined }, { ...base, reportedOn: undefined }]) {
      sameParse(schema, payload, "vi");
    }
  });
});

const leaves: [string, z.ZodMiniType][] = [
  ["text(5)", text(5)],
  ["text(300)", text(300)],
  ["count()", count()],
  ["minutes()", minutes()],
  ["monthId()", monthId()],
  ["periodId()", periodId()],
  ["isoDate()", isoDate()],
  ["isoDateTime()", isoDateTime()],
  ["enum", z.enum(ACTOR_IDS)],
  ["literal", z.literal(1)],
];

const values = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withBoxedValues: true }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom("", " ", "\u3000\t", "ệ".normalize("NFD"), "😀".repeat(5), "😀".repeat(6), "2026-02", "2026-13", "2026-Q3", "2026-02-29", "2028-02-29", "2026-03-09T16:30:00+07:00", "2026-03-09T16:30:00", ACTOR_IDS[0]),
  fc.constantFrom(0, -0, 1, 1.5, -1, 44_640, 44_640.5, 100_000_000, 100_000_001, Number.NaN, Number.POSITIVE_INFINITY, Number.MIN_VALUE),
  fc.double(),
  fc.integer(),
);

describe("leaf fast paths", () => {
  for (const [name, schema] of leaves) {
    it(`accept exactly what zod accepts, with zod's output: ${name}`, () => {
      const fast = leafFastPath(schema);
      expect(fast).toBeDefined();
      fc.assert(
        fc.property(values, (value) => {
          const result = schema._zod.run({ value, issues: [] }, { async: false }) as z.core.ParsePayload;
          const taken = fast!(value);
          expect(taken !== INVALID).toBe(result.issues.length === 0);
          if (taken !== INVALID) expect(Object.is(taken, result.value)).toBe(true);
        }),
        { numRuns: 3000 },
      );
    });
  }

  it("are not used for a leaf with checks added after it (zod's checks run instead)", () => {
    expect(leafFastPath(extraKey())).toBeUndefined();
  });
});
