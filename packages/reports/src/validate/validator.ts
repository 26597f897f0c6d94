import {
  DEFAULT_LANG,
  formatMessage,
  isLang,
  toJsonPointer,
  toValidationIssues,
  zodErrorMap,
  type CchcErrorData,
  type Lang,
  type ValidationIssue,
} from "@cchc/core";
import type * as z from "zod/mini";
import { $ZodAsyncError, config, util } from "zod/v4/core";
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
 *
 * @category Validation
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
 *
 * @category Validation
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
 *
 * @category Validation
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
 *
 * @category Validation
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
 *
 * @category Validation
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
 *
 * @category Validation
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

const errorMaps: Partial<Record<Lang, z.core.$ZodErrorMap>> = {};

/** The error map of a language, made once. */
function errorMapOf(lang: Lang): z.core.$ZodErrorMap {
  return (errorMaps[lang] ??= zodErrorMap(lang));
}

type Parsed<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      issues: z.core.$ZodRawIssue[];
      finalize: (issue: z.core.$ZodRawIssue) => z.core.$ZodIssue;
      message: (issue: z.core.$ZodRawIssue) => string;
    };

/** What `finalizeIssue` reads of the schema or check that raised an issue. */
interface Raiser {
  readonly _zod?: { readonly traits?: ReadonlySet<string>; readonly def?: { readonly error?: z.core.$ZodErrorMap } };
}

/**
 * The message zod core's `finalizeIssue` gives an issue — the issue's own, else the first error map to
 * answer, in zod's order (the raiser's, the owning schema's, the parse's, the global ones) — without the
 * copy of the whole issue it also makes, which was a fifth of the failure path. The owner is stamped on
 * the issue as `finalizeIssue` stamps it. The parser-equivalence tests hold the result to zod's.
 */
function finalMessage(raw: z.core.$ZodRawIssue, ctx: z.core.ParseContextInternal, settings: z.core.$ZodConfig): string {
  const issue = raw as unknown as { message?: string; inst?: Raiser | undefined; schema?: Raiser | undefined };
  const mapped = raw as Parameters<z.core.$ZodErrorMap>[0];
  const inst = issue.inst;
  const traits = inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck")) issue.schema ??= inst;
    else issue.schema = inst;
  }
  if (issue.message) return issue.message;
  const schemaError = issue.schema !== inst ? issue.schema?._zod?.def?.error : undefined;
  return (
    util.unwrapMessage(inst?._zod?.def?.error?.(mapped)) ??
    util.unwrapMessage(schemaError?.(mapped)) ??
    util.unwrapMessage((ctx.error as z.core.$ZodErrorMap | undefined)?.(mapped)) ??
    util.unwrapMessage(settings.customError?.(mapped)) ??
    util.unwrapMessage(settings.localeError?.(mapped)) ??
    "Invalid input"
  );
}

/**
 * zod's `safeParse`, without the `ZodError` it wraps the issues in (an `Error` subclass, built on the
 * first read of `error`): the same run and the same parse context, and each issue finalized by zod
 * core's `finalizeIssue` when it is needed, so a finalized issue is the one `safeParse(...).error`
 * holds.
 */
function parse<T>(schema: z.ZodMiniType<T>, input: unknown, error: z.core.$ZodErrorMap): Parsed<T> {
  const ctx: z.core.ParseContextInternal = { error, async: false };
  const result = schema._zod.run({ value: input, issues: [] }, ctx);
  if (result instanceof Promise) throw new $ZodAsyncError();
  if (result.issues.length === 0) return { ok: true, value: result.value as T };
  const settings = config();
  return {
    ok: false,
    issues: result.issues,
    finalize: (issue) => util.finalizeIssue(issue, ctx, settings),
    message: (issue) => finalMessage(issue, ctx, settings),
  };
}

/** The cchc data of a domain issue (as `toValidationIssues` of @cchc/core recognizes it). */
function cchcData(issue: z.core.$ZodRawIssue): CchcErrorData | undefined {
  if (issue.code !== "custom") return undefined;
  const data = (issue.params as { cchc?: Partial<CchcErrorData> } | undefined)?.cchc;
  return data && typeof data.code === "string" && typeof data.message?.vi === "string" ? (data as CchcErrorData) : undefined;
}

/**
 * zod reports all unknown keys of an object in one issue; forms and integrators want one issue per key,
 * pointing at the key itself (`/__proto__`, `/totalz`).
 */
function flatten(parsed: Extract<Parsed<unknown>, { ok: false }>, lang: Lang): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  let map: z.core.$ZodErrorMap | undefined;
  for (const raw of parsed.issues) {
    // A domain issue carries its own texts: the one language asked for is read, nothing else formatted.
    const data = cchcData(raw);
    if (data) {
      out.push({ path: toJsonPointer(raw.path ?? []), code: data.code, message: lang === "en" ? data.message.en : data.message.vi });
      continue;
    }
    if (raw.code !== "unrecognized_keys" || raw.keys.length === 1) {
      // One issue as `toValidationIssues` converts zod's finalized issue; an unknown key points at itself.
      const path = raw.path ?? [];
      const pointer = toJsonPointer(raw.code === "unrecognized_keys" ? [...path, raw.keys[0] ?? ""] : path);
      out.push({ path: pointer, code: raw.code, message: parsed.message(raw) });
      continue;
    }
    const issue = parsed.finalize(raw);
    if (issue.code === "unrecognized_keys" && issue.keys.length > 1) {
      map ??= errorMapOf(lang);
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
      const parsed = parse(schema, input, errorMapOf(lang));
      if (parsed.ok) return { valid: true, value: parsed.value, issues: [] };
      return { valid: false, issues: capped(flatten(parsed, lang), lang) };
    } catch (error) {
      const message = formatMessage(reportValidationMessages, "report.validator_failed", { detail: describeThrown(error) }, lang);
      return { valid: false, issues: [{ path: "", code: "report.validator_failed", message }] };
    }
  };
}
