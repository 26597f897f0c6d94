import type { Label, Lang, ValidationIssue } from "@cchc/core";
import {
  REPORT_SCHEMA_IDS,
  isReportSchemaId,
  jsonSchemaUri,
  reportSchemaEntries,
  reportSchemaEntry,
  validateReport,
  type ReportSchemaEntry,
} from "@cchc/reports";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { example } from "./support/examples.js";

/**
 * The shape `@cchc/cli` expects of a registry entry (its `SchemaEntry`,
 * packages/cli/src/schemas/schema-entry.ts), restated here because reports must not depend on the CLI
 * — with one difference: the report schemas are zod/mini schemas, so `schema` is typed as zod core's
 * `$ZodType` (which classic and mini schemas both are) where the CLI writes classic `z.ZodType`.
 */
interface CliSchemaEntry<T = unknown> {
  readonly id: string;
  readonly title: Label;
  readonly schema: z.core.$ZodType<T>;
  jsonSchema(): Readonly<Record<string, unknown>>;
  validate(input: unknown, lang?: Lang): { readonly valid: boolean; readonly issues: readonly ValidationIssue[] };
}

describe("the registry by schema id", () => {
  it("has the five schemas in a stable order, and each entry fits the CLI's SchemaEntry", () => {
    const entries: readonly CliSchemaEntry[] = reportSchemaEntries();
    expect(entries.map((e) => e.id)).toEqual([...REPORT_SCHEMA_IDS]);
    for (const entry of entries) {
      expect(entry.title.vi.length).toBeGreaterThan(0);
      expect(entry.title.en.length).toBeGreaterThan(0);
      expect(entry.jsonSchema()["$id"]).toBe(jsonSchemaUri(entry.id as never));
      expect(entry.jsonSchema()).toBe(entry.jsonSchema()); // generated once
      expect(entry.validate({}, "en").valid).toBe(false);
      expect(z.safeParse(entry.schema, {}).success).toBe(false);
    }
  });

  it("looks ids up safely", () => {
    expect(reportSchemaEntry("synthesis-report")?.id).toBe("synthesis-report");
    for (const id of ["__proto__", "constructor", "hasOwnProperty", "Monthly-Media-Report"]) {
      expect(reportSchemaEntry(id)).toBeUndefined();
      expect(isReportSchemaId(id)).toBe(false);
    }
    expect(isReportSchemaId(42)).toBe(false);
  });

  it("validates by id, with an issue for an unknown id", () => {
    expect(validateReport("difficulty-report", example("difficulty-report.valid.json")).valid).toBe(true);
    const r = validateReport("weekly-report", {}, { lang: "en" });
    expect(r).toEqual({
      valid: false,
      issues: [
        {
          path: "",
          code: "report.unknown_schema",
          message:
            'There is no report schema "weekly-report" (known schemas: monthly-media-report, agency-communication-report, synthesis-report, difficulty-report, procedure-statistics).',
        },
      ],
    });
  });

  it("validate on an entry and validateReport agree", () => {
    const entry: ReportSchemaEntry = reportSchemaEntry("procedure-statistics")!;
    const payload = example("procedure-statistics.invalid.json");
    expect(entry.validate(payload, "en")).toEqual(validateReport("procedure-statistics", payload, "en"));
  });
});
