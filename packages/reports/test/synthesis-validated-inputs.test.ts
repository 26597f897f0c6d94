/**
 * `synthesizeReports(…, { validatedInputs: true })` skips validating inputs that are validator output
 * already (as `@cchc/intake` stores them): a differential test against the validating path on the
 * shipped examples and on generated reports — the same synthesis, figure for figure.
 */
import { synthesizeReports, validateAgencyCommunicationReport, validateMonthlyMediaReport, type SynthesisReport } from "@cchc/reports";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agencyCommunicationReport, monthlyMediaReport } from "./support/arbitraries.js";
import { example } from "./support/examples.js";

const OPTIONS = { generatedAt: "2026-03-12T08:00:00+07:00", coverage: { from: "2000-01", to: "2199-12" }, duplicates: "last" } as const;

function validatedValues<T>(inputs: readonly unknown[], validate: (input: unknown) => { valid: boolean; value?: T }): T[] {
  return inputs.map((input) => {
    const r = validate(input);
    if (!r.valid) throw new Error("an input the arbitrary made is invalid");
    return r.value as T;
  });
}

function synthesis(r: ReturnType<typeof synthesizeReports>): SynthesisReport {
  if (!r.ok) throw new Error(r.error.localized("en"));
  return r.value;
}

describe("synthesizeReports with validatedInputs", () => {
  it("gives the synthesis of the validating path for the shipped examples", () => {
    const media = [example("monthly-media-report.valid.json"), example("monthly-media-report.valid-january.json")];
    const agencies = [example("agency-communication-report.valid.json")];
    const validating = synthesis(synthesizeReports({ media, agencies }, OPTIONS));
    const trusted = synthesizeReports(
      { media: validatedValues(media, validateMonthlyMediaReport), agencies: validatedValues(agencies, validateAgencyCommunicationReport) },
      { ...OPTIONS, validatedInputs: true },
    );
    expect(synthesis(trusted)).toEqual(validating);
  });

  it("gives the synthesis of the validating path for any valid reports (NFC text, any order)", () => {
    fc.assert(
      fc.property(fc.array(monthlyMediaReport, { maxLength: 6 }), fc.array(agencyCommunicationReport, { maxLength: 2 }), (media, agencies) => {
        const validating = synthesizeReports({ media, agencies }, OPTIONS);
        const trusted = synthesizeReports(
          { media: validatedValues(media, validateMonthlyMediaReport), agencies: validatedValues(agencies, validateAgencyCommunicationReport) },
          { ...OPTIONS, validatedInputs: true },
        );
        expect(trusted).toEqual(validating);
      }),
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
