import {
  DEFAULT_LANG,
  formatMessage,
  toValidationIssues,
  zodErrorMap,
  type Label,
  type Lang,
  type ValidationIssue,
} from "@cchc/core";
import { safeParse, toJSONSchema, type z } from "zod";
import { cliMessages } from "../messages.js";
import type { ValidationReport } from "./validation-report.js";

/**
 * A JSON Schema document (draft 2020-12), as printed by `cchc schema`.
 *
 * @example
 * ```ts
 * import type { JsonSchemaDocument } from "@cchc/cli";
 *
 * const schema: JsonSchemaDocument = { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object" };
 * ```
 *
 * @category Schema registry
 */
export type JsonSchemaDocument = Readonly<Record<string, unknown>>;

/**
 * A cross-field check run after the zod schema accepted a payload: rules a JSON Schema cannot express
 * (totals that must add up, dates inside the reporting month). It returns issues with JSON-Pointer
 * paths and messages in the requested language; an empty array means the payload passes.
 *
 * @typeParam T - The parsed payload type.
 * @example
 * ```ts
 * import type { CrossFieldCheck } from "@cchc/cli";
 *
 * const totalAddsUp: CrossFieldCheck<{ items: number[]; total: number }> = (value, lang) =>
 *   value.items.reduce((a, b) => a + b, 0) === value.total
 *     ? []
 *     : [{ path: "/total", code: "total_mismatch", message: lang === "en" ? "Total does not add up." : "Tổng không khớp." }];
 * ```
 *
 * @category Schema registry
 */
export type CrossFieldCheck<T> = (value: T, lang: Lang) => readonly ValidationIssue[];

/**
 * One entry of a {@link SchemaRegistry}: what `cchc validate <id>` and `cchc schema <id>` work with.
 * Build it with {@link defineSchemaEntry}; the reports package provides the five report schemas in this
 * shape.
 *
 * @typeParam T - The payload type the zod schema produces.
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineSchemaEntry, type SchemaEntry } from "@cchc/cli";
 *
 * const entry: SchemaEntry = defineSchemaEntry({
 *   id: "tally",
 *   title: { vi: "Bảng đếm", en: "Tally" },
 *   schema: z.object({ count: z.number().int().nonnegative() }),
 * });
 * ```
 *
 * @category Schema registry
 */
export interface SchemaEntry<T = unknown> {
  /** Stable id, lower-case kebab case (`monthly-media-report`). */
  readonly id: string;
  /** Human title in both languages. */
  readonly title: Label;
  /** The zod schema (structure, types, refinements): classic `zod` or `zod/mini` (the report schemas). */
  readonly schema: z.core.$ZodType<T>;
  /** The JSON Schema (draft 2020-12) of the payload, as shipped to integrators. */
  jsonSchema(): JsonSchemaDocument;
  /** Validates any value: the zod schema, then the cross-field check. Never throws. */
  validate(input: unknown, lang?: Lang): ValidationReport;
  /**
   * Validates the shape alone, leaving out the rules that depend on the context the payload belongs to
   * — for the report schemas, the plan's rules (who owes the report). `cchc validate --shape-only` runs
   * it; an entry without it has no such rules, and `validate` is its shape.
   */
  validateShape?(input: unknown, lang?: Lang): ValidationReport;
}

/**
 * What {@link defineSchemaEntry} needs.
 *
 * @typeParam T - The payload type.
 * @example
 * ```ts
 * import { z } from "zod";
 * import type { SchemaEntryOptions } from "@cchc/cli";
 *
 * const options: SchemaEntryOptions<{ n: number }> = {
 *   id: "numbers",
 *   title: { vi: "Số", en: "Numbers" },
 *   schema: z.object({ n: z.number() }),
 * };
 * ```
 *
 * @category Schema registry
 */
export interface SchemaEntryOptions<T> {
  /** Stable id, lower-case kebab case. */
  readonly id: string;
  /** Human title in both languages. */
  readonly title: Label;
  /** The zod schema: classic `zod` or `zod/mini`. */
  readonly schema: z.core.$ZodType<T>;
  /**
   * The JSON Schema, when it is shipped pre-generated (the reports package generates it at build time).
   * Default: generated on first use with `z.toJSONSchema(schema, { target: "draft-2020-12", io: "input" })`.
   */
  readonly jsonSchema?: JsonSchemaDocument | (() => JsonSchemaDocument);
  /** Cross-field rules run after the zod schema accepted the payload. */
  readonly crossCheck?: CrossFieldCheck<T>;
}

const SCHEMA_ID = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/;

/**
 * Whether a string is a well-formed schema id: lower-case kebab case, such as `monthly-media-report`.
 *
 * @param id - Candidate id.
 * @returns `true` when it can name a schema.
 * @example
 * ```ts
 * import { isSchemaId } from "@cchc/cli";
 *
 * isSchemaId("monthly-media-report"); // => true
 * isSchemaId("Monthly Report"); // => false
 * ```
 *
 * @category Schema registry
 */
export function isSchemaId(id: string): boolean {
  return id.length <= 100 && SCHEMA_ID.test(id);
}

function describeThrown(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Declares a schema entry: binds a zod schema, its JSON Schema and an optional cross-field check under
 * a stable id. Validation uses zod's `vi`/`en` locales for structural issues and the cchc catalogue
 * for domain rules (through `zodErrorMap` and `toValidationIssues` of `@cchc/core`); paths are JSON
 * Pointers. The entry's `validate` never throws: a cross-field check that throws becomes an issue coded
 * `schema.check_failed`.
 *
 * @param options - Id, title, zod schema, optional JSON Schema and cross-field check.
 * @returns The entry.
 * @throws `Error` when the id is not lower-case kebab case (a programming error).
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineSchemaEntry } from "@cchc/cli";
 *
 * const tally = defineSchemaEntry({
 *   id: "tally",
 *   title: { vi: "Bảng đếm", en: "Tally" },
 *   schema: z.object({ items: z.array(z.number().int()), total: z.number().int() }),
 *   crossCheck: (value, lang) =>
 *     value.items.reduce((a, b) => a + b, 0) === value.total
 *       ? []
 *       : [{ path: "/total", code: "tally.total_mismatch", message: lang === "en" ? "Total does not add up." : "Tổng không khớp." }],
 * });
 * tally.validate({ items: [1, 2], total: 4 }, "en");
 * // => { valid: false, issues: [{ path: "/total", code: "tally.total_mismatch", message: "Total does not add up." }] }
 * ```
 *
 * @category Schema registry
 */
export function defineSchemaEntry<T>(options: SchemaEntryOptions<T>): SchemaEntry<T> {
  if (!isSchemaId(options.id)) throw new Error(`Invalid schema id ${JSON.stringify(options.id)}: use lower-case kebab case.`);
  const { schema, crossCheck } = options;
  let generated: JsonSchemaDocument | undefined;
  const jsonSchema = (): JsonSchemaDocument => {
    const given = options.jsonSchema;
    if (given !== undefined) return typeof given === "function" ? given() : given;
    generated ??= toJSONSchema(schema, { target: "draft-2020-12", io: "input" }) as JsonSchemaDocument;
    return generated;
  };
  const validate = (input: unknown, lang: Lang = DEFAULT_LANG): ValidationReport => {
    const parsed = safeParse(schema, input, { error: zodErrorMap(lang) });
    if (!parsed.success) return { valid: false, issues: toValidationIssues(parsed.error.issues, lang) };
    if (crossCheck === undefined) return { valid: true, issues: [] };
    let issues: readonly ValidationIssue[];
    try {
      issues = crossCheck(parsed.data, lang);
    } catch (error) {
      const message = formatMessage(cliMessages, "schema.check_failed", { detail: describeThrown(error) }, lang);
      issues = [{ path: "", code: "schema.check_failed", message }];
    }
    return { valid: issues.length === 0, issues };
  };
  return { id: options.id, title: options.title, schema, jsonSchema, validate };
}
