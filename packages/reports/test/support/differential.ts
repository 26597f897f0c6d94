/**
 * The differential test (one file per schema so that vitest runs them in parallel): ajv (draft 2020-12 + ajv-formats) on the SHIPPED JSON Schema files against the zod
 * validators, on at least 10 000 generated valid and 10 000 generated invalid payloads per schema. The
 * verdicts must be identical, except where zod reports only cross-field rules — which must then be
 * listed in CROSS_FIELD_RULES (the list the guide "Validating payloads from any language" prints).
 */
import { readFileSync } from "node:fs";
import { CROSS_FIELD_RULES, reportSchemaEntry, synthesizeReports, type ReportSchemaId } from "@cchc/reports";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import fc from "fast-check";
import { expect, it } from "vitest";
import { CHANNEL_CODES, TOPIC_CODES } from "@cchc/plan/codes";
import {
  agencyCommunicationReport,
  difficultyReport,
  monthlyMediaReport,
  mutate,
  procedureStatistics,
  text,
} from "./arbitraries.js";

const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
// The verdicts depend on no clock or time zone: the full 10 000 + 10 000 per schema run once, in the
// UTC pass of the TZ matrix (or when vitest runs alone); the other passes run a 1 000 + 1 000 sample.
const tz = process.env["CCHC_EXPECTED_TZ"];
const PER_KIND = tz === undefined || tz === "UTC" ? 10_000 : 1_000;
// 20 000+ payloads through ajv and zod take 10–30 s of CPU (the synthesis, computed by synthesizeReports,
// the most); the limit leaves room for a loaded machine — the test measures agreement, not speed.
const DIFFERENTIAL_TIMEOUT_MS = 240_000;

const advice = fc.record({
  direction: fc.array(text(4000), { minLength: 1, maxLength: 2 }),
  content: fc.array(fc.record({ text: text(2000), topic: fc.constantFrom(...TOPIC_CODES) }), { maxLength: 2 }),
  forms: fc.array(fc.record({ text: text(2000), channel: fc.constantFrom(...CHANNEL_CODES) }), { maxLength: 2 }),
});

const synthesisReport: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.array(monthlyMediaReport, { maxLength: 3 }),
    fc.array(agencyCommunicationReport, { maxLength: 2 }),
    fc.array(difficultyReport, { maxLength: 2 }),
    fc.nat(3),
    fc.option(advice, { nil: undefined }),
  )
  .map(([media, agencies, difficulties, variant, advised]) => {
    const r = synthesizeReports(
      { media, agencies, difficulties },
      {
        duplicates: "last",
        coverage: { from: "2000-01", to: "2199-12" },
        generatedAt: "2026-03-12T08:00:00+07:00",
        plan: false, // the generated senders are any actor: the shape is what is compared
        ...(variant === 0 && { reportId: "TH-1", notes: "Ghi chú" }),
        ...(advised !== undefined && { advice: advised }),
      },
    );
    if (!r.ok) throw new Error(r.error.localized("en"));
    return JSON.parse(JSON.stringify(r.value)) as unknown;
  });

/** Valid payloads of each schema (shared with the parser equivalence test). */
export const GENERATORS: Record<ReportSchemaId, fc.Arbitrary<unknown>> = {
  "monthly-media-report": monthlyMediaReport,
  "agency-communication-report": agencyCommunicationReport,
  "synthesis-report": synthesisReport,
  "difficulty-report": difficultyReport,
  "procedure-statistics": procedureStatistics,
};

function compiled(id: ReportSchemaId) {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: true });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(new URL(`../../schemas/${id}.schema.json`, import.meta.url), "utf8")) as object;
  return ajv.compile(schema);
}

interface Tally {
  valid: number;
  invalid: number;
  crossFieldOnly: number;
  disagreements: { payload: string; zod: unknown; ajv: unknown }[];
}

/** Registers the differential test of one schema. */
export function differentialTest(id: ReportSchemaId): void {
  it(`ajv on the shipped JSON Schema agrees with zod: ${id}, ≥${PER_KIND} valid and ≥${PER_KIND} invalid payloads`, () => {
    const entry = reportSchemaEntry(id)!;
    const ajvValidate = compiled(id);
    const crossCodes = new Set(CROSS_FIELD_RULES.filter((r) => r.schemaId === id).map((r) => r.code));
    const tally: Tally = { valid: 0, invalid: 0, crossFieldOnly: 0, disagreements: [] };
    const check = (payload: unknown, mustBeValid = false): boolean => {
      const z = entry.validateShape(payload, "en");
      if (mustBeValid && !z.valid) {
        throw new Error(`generated payload rejected: ${JSON.stringify(z.issues.slice(0, 3))}\n${JSON.stringify(payload).slice(0, 800)}`);
      }
      const byAjv = ajvValidate(payload);
      const crossOnly = !z.valid && z.issues.every((i) => crossCodes.has(i.code as never));
      if (crossOnly) tally.crossFieldOnly++;
      if ((z.valid || crossOnly) !== byAjv && tally.disagreements.length < 5) {
        tally.disagreements.push({ payload: JSON.stringify(payload).slice(0, 600), zod: z.issues.slice(0, 3), ajv: ajvValidate.errors?.slice(0, 3) });
      }
      return z.valid;
    };

    const valid = fc.sample(GENERATORS[id], { numRuns: PER_KIND, seed: 20_260_310 });
    for (const payload of valid) if (check(payload, true)) tally.valid++;

    const bases = fc.constantFrom(...valid.slice(0, 2000));
  for (let round = 0; tally.invalid < PER_KIND && round < 20; round++) {
    for (const payload of fc.sample(bases.chain(mutate), { numRuns: PER_KIND / 2, seed: 6 + round })) {
      if (tally.invalid >= PER_KIND) break;
      if (check(payload)) tally.valid++;
      else tally.invalid++;
    }
  }

    console.log(`${id}: ${tally.valid} valid, ${tally.invalid} invalid (${tally.crossFieldOnly} rejected by cross-field rules only), ${tally.disagreements.length} disagreements`);
    expect(tally.disagreements).toEqual([]);
    expect(tally.valid).toBeGreaterThanOrEqual(PER_KIND);
    expect(tally.invalid).toBeGreaterThanOrEqual(PER_KIND);
    expect(tally.crossFieldOnly).toBeGreaterThan(0);
  }, DIFFERENTIAL_TIMEOUT_MS);
}
