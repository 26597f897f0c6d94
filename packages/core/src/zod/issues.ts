import { en, vi } from "zod/locales";
import type { z } from "zod";
import type { CchcError, CchcErrorData } from "../errors.js";
import { interpolate } from "../i18n/catalogue.js";
import { toJsonPointer } from "../json/pointer.js";
import { DEFAULT_LANG, type Lang } from "../i18n/label.js";
import { zodPlainMessages } from "./messages.js";

/**
 * One validation finding in the shape every cchc validator, the CLI and the HTTP example return:
 * a JSON Pointer (RFC 6901) to the offending value, a stable code and a message in one language.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from "@cchc/core";
 *
 * const issue: ValidationIssue = { path: "/sections/0/count", code: "too_small", message: "Số quá nhỏ: dự kiến số phải >= 0" };
 * ```
 *
 * @category zod helpers
 */
export interface ValidationIssue {
  /** JSON Pointer (RFC 6901) to the offending value; `""` is the whole document. */
  readonly path: string;
  /** Stable code: a cchc code such as `"docnum.missing_slash"` or a zod code such as `"invalid_type"`. */
  readonly code: string;
  /** Human-readable message in the requested language. */
  readonly message: string;
}

/**
 * The payload a cchc domain rule attaches to a zod `custom` issue (see {@link zodCustomIssue}).
 *
 * @example
 * ```ts
 * import type { CchcIssueParams } from "@cchc/core";
 *
 * const p: CchcIssueParams = { cchc: { code: "docnum.empty", params: {}, message: { vi: "…", en: "…" } } };
 * ```
 *
 * @category zod helpers
 */
export interface CchcIssueParams {
  /** The domain error, with both languages. */
  readonly cchc: CchcErrorData;
}

function cchcParams(issue: { readonly params?: unknown }): CchcErrorData | undefined {
  const params = issue.params as Partial<CchcIssueParams> | undefined;
  const data = params?.cchc;
  return data && typeof data.code === "string" && typeof data.message?.vi === "string" ? data : undefined;
}

let localeMaps: Record<Lang, z.core.$ZodErrorMap> | undefined;

/** zod's own locale error maps, created on first use (nothing runs at import time). */
function zodLocale(lang: Lang): z.core.$ZodErrorMap {
  localeMaps ??= { vi: vi().localeError, en: en().localeError };
  return localeMaps[lang];
}

const MAX_LISTED_VALUES = 6;

/**
 * The "not one of the N allowed values" message of a list, cut around the received value: the text
 * the message has for a list — its count and first three values — is made once per list and language
 * (zod hands the same array to every issue of an enum), and each issue only puts the value it
 * received between the pieces. The pieces are the template interpolated with a marker (U+0000) for
 * `{received}`, then split at the marker: the marker occurs nowhere else (the template has none — else
 * no pieces are kept — and the examples are JSON text, where U+0000 is written `\u0000`), so joining
 * the pieces with a value gives what interpolating the value gives. The list's count and first values
 * are kept beside the pieces, so that a list changed since gets its pieces made again.
 */
interface ListWording {
  readonly first: readonly unknown[];
  readonly count: number;
  readonly pieces: Partial<Record<Lang, readonly string[]>>;
}

const wordingByList = new WeakMap<readonly unknown[], ListWording>();
const MARKER = "\u0000";

function sameList(known: ListWording, values: readonly unknown[]): boolean {
  const { first } = known;
  if (known.count !== values.length || first.length !== Math.min(3, values.length)) return false;
  for (let i = 0; i < first.length; i++) if (!Object.is(first[i], values[i])) return false;
  return true;
}

/** The pieces of a list's message (see {@link ListWording}), or the template itself if it holds the marker. */
function listPieces(values: readonly unknown[], lang: Lang): readonly string[] | { readonly template: string; readonly count: number; readonly examples: string } {
  let known = wordingByList.get(values);
  if (known === undefined || !sameList(known, values)) {
    known = { first: values.slice(0, 3), count: values.length, pieces: {} };
    wordingByList.set(values, known);
  }
  const cached = known.pieces[lang];
  if (cached !== undefined) return cached;
  const template = zodPlainMessages[lang]["zod.not_in_list"];
  const examples = known.first.map((v) => JSON.stringify(v)).join(", ");
  if (template.includes(MARKER)) return { template, count: known.count, examples };
  return (known.pieces[lang] = interpolate(template, { received: MARKER, count: known.count, examples }).split(MARKER));
}

/**
 * Plain wording for the structural errors people meet most in forms, where zod's locale text is
 * technical ("expected string to have >=1 characters", "expected number to be >=0", "received
 * undefined", a list of 99 codes).
 */
function plainMessage(issue: z.core.$ZodRawIssue, lang: Lang): string | undefined {
  const messages = zodPlainMessages[lang];
  if (issue.code === "invalid_type" && issue.input === undefined) return messages["zod.required"];
  if (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) === 1) {
    return messages["zod.empty"];
  }
  if (issue.code === "too_small" && issue.origin === "number" && Number(issue.minimum) === 0 && issue.inclusive) {
    return messages["zod.negative"];
  }
  if (issue.code === "invalid_value" && issue.values.length > MAX_LISTED_VALUES) {
    const pieces = listPieces(issue.values, lang);
    const received = typeof issue.input === "string" ? issue.input.slice(0, 40) : String(issue.input);
    if ("template" in pieces) return interpolate(pieces.template, { received, count: pieces.count, examples: pieces.examples });
    let message = pieces[0]!;
    for (let i = 1; i < pieces.length; i++) message += received + pieces[i]!;
    return message;
  }
  return undefined;
}

/**
 * A zod error map for one language: zod's own `vi` or `en` locale for structural errors — except
 * a missing required field, an empty required text, a negative count and a value outside a long
 * list of codes, which
 * get plain wording ({@link zodPlainMessages}) — and the cchc catalogue message for domain rules added
 * with {@link zodCustomIssue}. Pass it per parse so
 * that nothing global is changed: `schema.safeParse(data, { error: zodErrorMap("en") })`.
 *
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns A zod error map.
 * @example
 * ```ts
 * import { z } from "zod";
 * import { zodErrorMap } from "@cchc/core";
 *
 * const r = z.number().safeParse("x", { error: zodErrorMap("vi") });
 * r.success || r.error.issues[0]?.message; // Vietnamese message from zod's vi locale
 * ```
 *
 * @category zod helpers
 */
export function zodErrorMap(lang: Lang = DEFAULT_LANG): z.core.$ZodErrorMap {
  const locale = zodLocale(lang);
  return (issue) => {
    const data = issue.code === "custom" ? cchcParams(issue) : undefined;
    if (data) return lang === "en" ? data.message.en : data.message.vi;
    if (issue.code === "unrecognized_keys" && issue.keys.length === 1) {
      const message = unknownKeyMessage(issue.keys[0], lang);
      if (message !== undefined) return message;
    }
    return plainMessage(issue, lang) ?? locale(issue);
  };
}

/**
 * The pieces of zod's locale message for one unknown key, around the key: zod's `vi` and `en` locales
 * word it from the key alone — `Khóa không được nhận dạng: "…"`, `Unrecognized key: "…"`, the key put
 * between quotes as it is (zod core's `joinValues` and `stringifyPrimitive`) — so the message of a key
 * is the message of a marker key (U+0000) with the marker replaced by the key; made once per language
 * instead of zod's message per issue (a list of keys mapped and joined). `null` when the locale's
 * message does not hold the marker exactly once (zod's own message is used then).
 * test/zod-unknown-key-message.test.ts holds the result to zod's locales.
 */
const keyPieces: Partial<Record<Lang, readonly [string, string] | null>> = {};

function unknownKeyMessage(key: unknown, lang: Lang): string | undefined {
  if (typeof key !== "string") return undefined;
  let pieces = keyPieces[lang];
  if (pieces === undefined) {
    const probe = zodLocale(lang)({ code: "unrecognized_keys", keys: [MARKER], input: {}, path: [] } as never);
    const cut = (typeof probe === "string" ? probe : probe?.message)?.split(MARKER);
    pieces = keyPieces[lang] = cut?.length === 2 ? [cut[0]!, cut[1]!] : null;
  }
  return pieces === null ? undefined : pieces[0] + key + pieces[1];
}

/**
 * The argument for `ctx.addIssue` that reports a cchc domain error inside a zod refinement, with its
 * code and both languages carried in `params` (and the Vietnamese text as the default message).
 *
 * @param error - The domain error.
 * @param path - Optional path below the refined value.
 * @returns A zod custom issue.
 * @example
 * ```ts
 * import { z } from "zod";
 * import { parseIsoDate, zodCustomIssue } from "@cchc/core";
 *
 * const day = z.string().check((ctx) => {
 *   const r = parseIsoDate(ctx.value);
 *   if (!r.ok) ctx.issues.push({ ...zodCustomIssue(r.error), input: ctx.value });
 * });
 * ```
 *
 * @category zod helpers
 */
export function zodCustomIssue(
  error: CchcError | CchcErrorData,
  path: readonly PropertyKey[] = [],
): { code: "custom"; message: string; params: CchcIssueParams; path: PropertyKey[] } {
  const data: CchcErrorData = "toJSON" in error ? error.toJSON() : error;
  return { code: "custom", message: data.message.vi, params: { cchc: data }, path: [...path] };
}

/**
 * Flattens zod issues into {@link ValidationIssue}s in one language. Domain issues keep their cchc
 * code (`docnum.missing_slash`); structural issues keep zod's code (`invalid_type`).
 *
 * @param issues - `error.issues` of a failed `safeParse`.
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns The issues, in order.
 * @example
 * ```ts
 * import { z } from "zod";
 * import { toValidationIssues, zodErrorMap } from "@cchc/core";
 *
 * const r = z.object({ n: z.number() }).safeParse({ n: "x" }, { error: zodErrorMap("en") });
 * if (!r.success) toValidationIssues(r.error.issues, "en")[0]?.path; // => "/n"
 * ```
 *
 * @category zod helpers
 */
export function toValidationIssues(
  issues: readonly z.core.$ZodIssue[],
  lang: Lang = DEFAULT_LANG,
): ValidationIssue[] {
  return issues.map((issue) => {
    const data = issue.code === "custom" ? cchcParams(issue) : undefined;
    return {
      path: toJsonPointer(issue.path),
      code: data ? data.code : issue.code,
      message: data ? (lang === "en" ? data.message.en : data.message.vi) : issue.message,
    };
  });
}
