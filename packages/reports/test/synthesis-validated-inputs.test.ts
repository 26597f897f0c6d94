/**
 * `synthesizeReports(…, { validatedInputs: true })` skips validating inputs that are validator output
 * already (as `@cchc/intake` stores them): a differential test against the validating path on the
 * shipped examples (with the plan's rules) and on generated reports of the three source kinds (their
 * shape alone, `plan: false`: the generator picks any actor) — the same synthesis, figure for figure.
 */
import { synthesizeReports, validateReport, type ReportValidateOptions, type SynthesisReport } from "@cchc/reports";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agencyCommunicationReport, difficultyReport, monthlyMediaReport } from "./support/arbitraries.js";
import { example } from "./support/examples.js";

const OPTIONS = { generatedAt: "2026-03-12T08:00:00+07:00", coverage: { from: "2000-01", to: "2199-12" }, duplicates: "last" } as const;
type SourceId = "monthly-media-report" | "agency-communication-report" | "difficulty-report";

/** What the validator returns for each input (as the intake stores it). */
function validatedValues(id: SourceId, inputs: readonly unknown[], options: ReportValidateOptions = {}): unknown[] {
  return inputs.map((input) => {
    const r = validateReport(id, input, options);
    if (!r.valid) throw new Error(`an input of ${id} is invalid: ${r.issues[0]?.message}`);
    return r.value;
  });
}

function synthesis(r: ReturnType<typeof synthesizeReports>): SynthesisReport {
  if (!r.ok) throw new Error(r.error.localized("en"));
  return r.value;
}

describe("synthesizeReports with validatedInputs", () => {
  it("gives the synthesis of the validating path for the shipped examples (the plan's rules)", () => {
    const media = [example("monthly-media-report.valid.json"), example("monthly-media-report.valid-january.json")];
    const agencies = [example("agency-communication-report.valid.json")];
    const difficulties = [example("difficulty-report.valid.json")];
    const validating = synthesis(synthesizeReports({ media, agencies, difficulties }, OPTIONS));
    const trusted = synthesizeReports(
      {
        media: validatedValues("monthly-media-report", media),
        agencies: validatedValues("agency-communication-report", agencies),
        difficulties: validatedValues("difficulty-report", difficulties),
      },
      { ...OPTIONS, validatedInputs: true },
    );
    expect(synthesis(trusted)).toEqual(validating);
  });

  it("gives the synthesis (or the error) of the validating path for any valid reports (NFC text, any order, shape alone)", () => {
    const shapeAlone = { ...OPTIONS, plan: false } as const;
    fc.assert(
      fc.property(
        fc.array(monthlyMediaReport, { maxLength: 6 }),
        fc.array(agencyCommunicationReport, { maxLength: 2 }),
        fc.array(difficultyReport, { maxLength: 2 }),
        (media, agencies, difficulties) => {
          const validating = synthesizeReports({ media, agencies, difficulties }, shapeAlone);
          const trusted = synthesizeReports(
            {
              media: validatedValues("monthly-media-report", media, { plan: false }),
              agencies: validatedValues("agency-communication-report", agencies, { plan: false }),
              difficulties: validatedValues("difficulty-report", difficulties, { plan: false }),
            },
            { ...shapeAlone, validatedInputs: true },
          );
          expect(trusted).toEqual(validating);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("still validates the result: an input that is not what it claims to be is refused, not aggregated silently", () => {
    const broken = { ...(example("monthly-media-report.valid.json") as Record<string, unknown>), unit: { actor: "not-an-actor" } };
    const r = synthesizeReports({ media: [broken] }, { ...OPTIONS, validatedInputs: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("synthesis.invalid_output");
  });

  it("validates by default: the same input is named as the invalid one", () => {
    const broken = { ...(example("monthly-media-report.valid.json") as Record<string, unknown>), unit: { actor: "not-an-actor" } };
    const r = synthesizeReports({ media: [broken] }, OPTIONS);
    expect(!r.ok && r.error.code).toBe("synthesis.invalid_input");
  });
});
