import {
  DEFAULT_LANG,
  formatMessage,
  isLang,
  toJsonPointer,
  toValidationIssues,
  zodErrorMap,
  type Lang,
  type ValidationIssue,
} from "@cchc/core";
import type * as z from "zod/mini";
import { reportValidationMessages } from "../messages/validation.js";

/**
 * The outcome of validating one payload: `valid` with the parsed `value` (text NFC-normalized, a fresh
 * object that shares nothing with the input), or not valid with every issue found. `issues` is empty
 * exactly when `valid` is `true`. The shape `{ valid, issues: [{ path, code, message }] }` is the one
 * the `cchc validate` command prints.
 *
 * @typeParam T - The report type.
 * @example
 * ```ts
 * import { validateDifficultyReport, type ReportValidationResult, type DifficultyReport } from "@cchc/reports";
 *
 * const result: ReportValidationResult<DifficultyReport> = validateDifficultyReport({}, { lang: "en" });
 * result.valid; // => false
 * ```
 */
export type ReportValidationResult<T> = ReportValidationSuccess<T> | ReportValidationFailure;

/**
 * A valid payload (see {@link ReportValidationResult}).
 *
 * @typeParam T - The report type.
 * @example
 * ```ts
 * import type { ReportValidationSuccess, ProcedureStatistics } from "@cchc/reports";
 *
 * function periodOf(r: ReportValidationSuccess<ProcedureStatistics>): string {
 *   return r.value.period;
 * }
 * ```
 */
export interface ReportValidationSuccess<T> {
  /** Always `true`. */
  readonly valid: true;
  /** The parsed payload (NFC text, no unknown keys). */
  readonly value: T;
  /** Always empty. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * An invalid payload (see {@link ReportValidationResult}).
 *
 * @example
 * ```ts
 * import type { ReportValidationFailure } from "@cchc/reports";
 *
 * function paths(r: ReportValidationFailure): string[] {
 *   return r.issues.map((i) => i.path);
 * }
 * ```
 */
export interface ReportValidationFailure {
  /** Always `false`. */
  readonly valid: false;
  /** Never set on a failure. */
  readonly value?: undefined;
  /** Every issue: JSON Pointer `path`, stable `code`, `message` in the requested language. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Options of the report validators.
 *
 * @example
 * ```ts
 * import type { ValidateOptions } from "@cchc/reports";
 *
 * const english: ValidateOptions = { lang: "en" };
 * ```
 */
export interface ValidateOptions {
  /** Language of the messages: `"vi"` (default) or `"en"`. */
  readonly lang?: Lang;
}

/**
 * A report validator: takes any value (typically `JSON.parse` output), never throws.
 *
 * @typeParam T - The report type.
 * @example
 * ```ts
 * import { validateMonthlyMediaReport, type ReportValidator, type MonthlyMediaReport } from "@cchc/reports";
 *
 * const validate: ReportValidator<MonthlyMediaReport> = validateMonthlyMediaReport;
 * validate(null).valid; // => false
 * ```
 */
export type ReportValidator<T> = (input: unknown, options?: ValidateOptions | Lang) => ReportValidationResult<T>;

/**
 * Most issues one result lists (1000); a final issue coded `report.too_many_issues` says how many more
 * there were.
 *
 * @example
 * ```ts
 * import { MAX_ISSUES, validateMonthlyMediaReport } from "@cchc/reports";
 *
 * validateMonthlyMediaReport({}).issues.length <= MAX_ISSUES + 1; // => true
 * ```
 */
export const MAX_ISSUES = 1000;

function langOf(options: ValidateOptions | Lang | undefined): Lang {
  if (typeof options === "string") return isLang(options) ? options : DEFAULT_LANG;
  const lang = options?.lang;
  return isLang(lang) ? lang : DEFAULT_LANG;
}

function describeThrown(error: unknown): string {
  try {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return "unknown error";
  }
}

/**
 * zod reports all unknown keys of an object in one issue; forms and integrators want one issue per key,
 * pointing at the key itself (`/__proto__`, `/totalz`).
 */
function flatten(issues: readonly z.core.$ZodIssue[], lang: Lang): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  let map: z.core.$ZodErrorMap | undefined;
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys" && issue.keys.length > 1) {
      map ??= zodErrorMap(lang);
      for (const key of issue.keys) {
        const single = { ...issue, keys: [key] } as unknown as Parameters<z.core.$ZodErrorMap>[0];
        const message = map(single);
        out.push({
          path: toJsonPointer([...issue.path, key]),
          code: issue.code,
          message: typeof message === "string" ? message : (message?.message ?? issue.message),
        });
      }
      continue;
    }
    const [converted] = toValidationIssues([issue], lang);
    if (!converted) continue;
    out.push(issue.code === "unrecognized_keys" ? { ...converted, path: toJsonPointer([...issue.path, issue.keys[0] ?? ""]) } : converted);
  }
  return out;
}

function capped(issues: ValidationIssue[], lang: Lang): ValidationIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const more = issues.length - MAX_ISSUES;
  const kept = issues.slice(0, MAX_ISSUES);
  kept.push({ path: "", code: "report.too_many_issues", message: formatMessage(reportValidationMessages, "report.too_many_issues", { count: more }, lang) });
  return kept;
}

/**
 * Wraps a zod schema as a {@link ReportValidator}: zod's `vi`/`en` locale for structural issues, the
 * package catalogue for domain rules, one issue per unknown key, and no exception for any input (a
 * throwing getter or a proxy becomes the issue `report.validator_failed`).
 *
 * @internal
 */
export function reportValidator<T>(schema: z.ZodMiniType<T>): ReportValidator<T> {
  return (input, options) => {
    const lang = langOf(options);
    try {
      const parsed = schema.safeParse(input, { error: zodErrorMap(lang) });
      if (parsed.success) return { valid: true, value: parsed.data, issues: [] };
      return { valid: false, issues: capped(flatten(parsed.error.issues, lang), lang) };
    } catch (error) {
      const message = formatMessage(reportValidationMessages, "report.validator_failed", { detail: describeThrown(error) }, lang);
      return { valid: false, issues: [{ path: "", code: "report.validator_failed", message }] };
    }
  };
}
