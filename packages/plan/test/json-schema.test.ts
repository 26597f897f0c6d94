import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { bacNinh2026Plan, planJsonSchema, planSchema } from "@cchc/plan";
import { describe, expect, it } from "vitest";

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(planJsonSchema());
const plan = bacNinh2026Plan();

/** A JSON copy of the plan with one value changed at a path. */
function mutate(path: readonly (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const MUTATIONS: readonly [string, readonly (string | number)[], unknown][] = [
  ["year as a string", ["metadata", "year"], "2026"],
  ["year out of range", ["metadata", "year"], 1800],
  ["non-integer year", ["metadata", "year"], 2026.5],
  ["impossible date", ["metadata", "period", "from"], "2026-02-30"],
  ["date in Vietnamese order", ["metadata", "period", "to"], "31/12/2026"],
  ["unknown signing prefix", ["metadata", "signature", "prefix"], "KT"],
  ["missing signer", ["metadata", "signature", "signerName"], undefined],
  ["id with a space", ["actors", 0, "id"], "so noi vu"],
  ["id with a double dot", ["topics", 4, "code"], "T4..1"],
  ["unknown actor kind", ["actors", 0, "kind"], "ministry"],
  ["empty English label", ["topics", 0, "name", "en"], ""],
  ["no source clause", ["topics", 0, "source"], []],
  ["unknown confidence", ["actors", 0, "citation", "confidence"], "PROBABLE"],
  ["negative points", ["indices", 4, "components", 0, "maxPoints"], -1],
  ["weight above 100", ["indices", 3, "components", 0, "weightPercent"], 120],
  ["four-digit commune code", ["adminUnits", "communes", 0, "code"], "7627"],
  ["unknown commune kind", ["adminUnits", "communes", 0, "kind"], "thi-tran"],
  ["unknown duty kind", ["responsibilities", 0, "kinds", 0], "celebrate"],
  ["reporting edge without recipient", ["reporting", 0, "to"], []],
  ["unknown reporting kind", ["reporting", 0, "kind"], "memo"],
  ["optional number given", ["metadata", "number"], "12/KH-UBND"],
  ["optional date given", ["metadata", "date"], "2026-01-05"],
  ["extra key (allowed by both)", ["metadata", "extra"], 1],
];

describe("the plan's JSON Schema (draft 2020-12, input side)", () => {
  it("is draft 2020-12 and accepts the 2026 instance", () => {
    expect(planJsonSchema().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(validate(JSON.parse(JSON.stringify(plan)))).toBe(true);
  });
  it.each(MUTATIONS)("agrees with zod: %s", (_name, path, value) => {
    const data = mutate(path, value);
    expect(validate(data)).toBe(planSchema.safeParse(data).success);
  });
  it("rejects what zod rejects in the mutations above (so the agreement is not vacuous)", () => {
    const rejected = MUTATIONS.filter(([, path, value]) => !planSchema.safeParse(mutate(path, value)).success);
    expect(rejected.length).toBe(MUTATIONS.length - 3);
  });
  it("agrees with zod on random ISO-date-like strings (property)", () => {
    const dateLike = fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(dateLike, (date) => {
        const data = mutate(["metadata", "period", "from"], date);
        return validate(data) === planSchema.safeParse(data).success;
      }),
      { numRuns: 300 },
    );
  });
});
