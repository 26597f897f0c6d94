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
import { config, util } from "zod/v4/core";
import { reportValidationMessages } from "../messages/validation.js";
import { ONE_LANGUAGE } from "../schemas/issue.js";
import { walkOf, type Node, type WalkState } from "./walk.js";

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

/** What `finalizeIssue` reads of the schema or check that raised an issue. */
interface Raiser {
  readonly _zod?: { readonly traits?: ReadonlySet<string>; readonly def?: { readonly error?: z.core.$ZodErrorMap } };
}

/**
 * The message zod core's `finalizeIssue` gives an issue — the issue's own, else the first error map to
 * answer, in zod's order (the raiser's, the owning schema's, the parse's, the global ones) — without the
 * copy of the whole issue it also makes. The owner `finalizeIssue` would stamp on the issue is only
 * computed: the walk drops the raw issue once converted, and neither the package's error map nor zod's
 * locales read it. A `plain` issue (see `isPlain` in walk.ts)
 * has neither a raiser nor an owner with an error map, so the parse's map is the first to ask. The
 * walk-equivalence tests hold the result to zod's.
 */
function finalMessage(raw: z.core.$ZodRawIssue, ctx: z.core.ParseContextInternal, settings: z.core.$ZodConfig, plain: boolean): string {
  const issue = raw as unknown as { message?: string; inst?: Raiser | undefined; schema?: Raiser | undefined };
  if (issue.message) return issue.message;
  const mapped = raw as Parameters<z.core.$ZodErrorMap>[0];
  if (!plain) {
    const inst = issue.inst;
    const traits = inst?._zod?.traits;
    let schema = issue.schema;
    if (traits?.has("$ZodType")) schema = traits.has("$ZodCheck") ? (schema ?? inst) : inst;
    const own = util.unwrapMessage(inst?._zod?.def?.error?.(mapped)) ?? util.unwrapMessage(schema !== inst ? schema?._zod?.def?.error?.(mapped) : undefined);
    if (own !== undefined) return own;
  }
  return (
    util.unwrapMessage((ctx.error as z.core.$ZodErrorMap | undefined)?.(mapped)) ??
    util.unwrapMessage(settings.customError?.(mapped)) ??
    util.unwrapMessage(settings.localeError?.(mapped)) ??
    "Invalid input"
  );
}

/** A key as a JSON Pointer segment (`toJsonPointer([key])`, without the array for the usual plain key). */
function keySegment(key: PropertyKey): string {
  return typeof key === "string" && !key.includes("~") && !key.includes("/") ? `/${key}` : toJsonPointer([key]);
}

/** The cchc data of a domain issue (as `toValidationIssues` of @cchc/core recognizes it). */
function cchcData(issue: z.core.$ZodRawIssue): CchcErrorData | undefined {
  if (issue.code !== "custom") return undefined;
  const data = (issue.params as { cchc?: Partial<CchcErrorData> } | undefined)?.cchc;
  return data && typeof data.code === "string" && typeof data.message?.vi === "string" ? (data as CchcErrorData) : undefined;
}

/**
 * The converter of raw zod issues raised at a JSON Pointer (the walk's `pointer`, the issue's own
 * `path` below it) into {@link ValidationIssue}s, as `toValidationIssues` converts the issues of
 * `safeParse(...).error`, except that zod reports all unknown keys of an object in one issue, and
 * forms and integrators want one issue per key, pointing at the key itself (`/__proto__`, `/totalz`).
 * The error maps never read an issue's `path` (zod's `vi`/`en` locales and the package's map), so
 * an issue worded with the path below the pointer gets the message it gets with the whole path.
 */
function converter(lang: Lang, ctx: z.core.ParseContextInternal): WalkState["convert"] {
  const settings = config();
  return (raw, pointer, out, plain) => {
    // A domain issue carries its own texts: the one language asked for is read, nothing else formatted.
    const data = cchcData(raw);
    // Most issues carry no path of their own (the walk holds it): no pointer to make.
    const path = raw.path;
    const at = path === undefined || path.length === 0 ? pointer : pointer + toJsonPointer(path);
    if (data) {
      out.push({ path: at, code: data.code, message: lang === "en" ? data.message.en : data.message.vi });
      return;
    }
    if (raw.code !== "unrecognized_keys") {
      out.push({ path: at, code: raw.code, message: finalMessage(raw, ctx, settings, plain) });
      return;
    }
    if (raw.keys.length === 1) {
      // One issue as `toValidationIssues` converts zod's finalized issue; an unknown key points at itself.
      out.push({ path: at + keySegment(raw.keys[0] ?? ""), code: raw.code, message: finalMessage(raw, ctx, settings, plain) });
      return;
    }
    const issue = util.finalizeIssue(raw, ctx, settings);
    if (issue.code === "unrecognized_keys" && issue.keys.length > 1) {
      const map = errorMapOf(lang);
      for (const key of issue.keys) {
        const single = { ...issue, keys: [key] } as unknown as Parameters<z.core.$ZodErrorMap>[0];
        const message = map(single);
        out.push({
          path: pointer + toJsonPointer([...issue.path, key]),
          code: issue.code,
          message: typeof message === "string" ? message : (message?.message ?? issue.message),
        });
      }
      return;
    }
    const [converted] = toValidationIssues([issue], lang);
    if (!converted) return;
    const below = issue.code === "unrecognized_keys" ? toJsonPointer([...issue.path, issue.keys[0] ?? ""]) : converted.path;
    out.push({ ...converted, path: pointer + below });
  };
}

/**
 * The parse context and converter of a language, made once: zod reads the context and never writes
 * it, and `config()` is zod's one global settings object, read when a message is made.
 */
const converters: Partial<Record<Lang, { ctx: z.core.ParseContextInternal; convert: WalkState["convert"] }>> = {};

/**
 * zod's parse of `input`, walked (see walk.ts): the parsed value, or the issues converted. Throws what
 * the parse throws (a getter's error, zod's async error).
 *
 * @internal Exported for the tests, which walk without generated code too.
 */
export function validateWalked<T>(walk: Node, input: unknown, lang: Lang): ReportValidationResult<T> {
  const made = (converters[lang] ??= converterOf(lang));
  const state: WalkState = { ctx: made.ctx, issues: [], raws: 0, aborting: 0, explicit: 0, convert: made.convert };
  const value = walk(input, "", "", state);
  if (state.raws === 0) return { valid: true, value: value as T, issues: [] };
  return { valid: false, issues: capped(state.issues, lang) };
}

function converterOf(lang: Lang): { ctx: z.core.ParseContextInternal; convert: WalkState["convert"] } {
  // The walk converts every issue as it is raised, in `lang` alone (see ONE_LANGUAGE: Vietnamese only).
  const hint = lang === "vi" ? { [ONE_LANGUAGE]: lang } : {};
  const ctx = { error: errorMapOf(lang), async: false, ...hint } as z.core.ParseContextInternal;
  return { ctx, convert: converter(lang, ctx) };
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
  let walk: Node | undefined; // compiled on the first call: nothing runs at import time
  return (input, options) => {
    const lang = langOf(options);
    try {
      walk ??= walkOf(schema);
      return validateWalked(walk, input, lang);
    } catch (error) {
      const message = formatMessage(reportValidationMessages, "report.validator_failed", { detail: describeThrown(error) }, lang);
      return { valid: false, issues: [{ path: "", code: "report.validator_failed", message }] };
    }
  };
}
