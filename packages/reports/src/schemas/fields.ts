/**
 * The field builders every report schema is made of. Each builder is chosen so that zod and the
 * generated JSON Schema (draft 2020-12) accept exactly the same JSON values — the differential test
 * checks this on generated payloads — and so that the zod output is normalized (NFC text).
 */
import * as z from "zod/mini";
import type { ReportValidationCode } from "../messages/validation.js";
import { domainIssue, shown } from "./issue.js";
import { fusedNumber, fusedString, INVALID, type LeafRule } from "./leaf.js";

/**
 * At least one character that is not white space (the JSON Schema `pattern`, searched anywhere). The
 * class spells out ECMAScript's white space rather than writing `\S`, so that validators in languages
 * whose `\s` differs (Python's `re` counts U+001C–U+001F as space) reach the same verdict.
 */
const NON_BLANK = /[^\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** Whether a UTF-16 code unit is one of the white space characters {@link NON_BLANK} excludes. */
function isBlankUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `NON_BLANK.test(value)`, as a loop over the code units (the pattern is not a Unicode one): text
 * almost always starts with a letter, and a loop that stops there costs a third of a regular
 * expression call. test/blank.test.ts checks it against the pattern for every code unit.
 */
export function hasNonBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (!isBlankUnit(value.charCodeAt(i))) return true;
  return false;
}

/**
 * A code unit outside the ranges whose characters are always NFC: U+0000–U+02FF (ASCII, Latin-1,
 * Latin Extended-A/B: à, đ, ơ, ư…), U+1E00–U+1EFF (Latin Extended Additional: ạ, ấ, ệ, ữ…) and
 * U+2010–U+2027 (dashes, quotes, ellipsis). Every character there is its own NFC form, a starter
 * (canonical combining class 0) and composes with nothing that follows (no combining mark, no Hangul
 * jamo), so a string made of them only is NFC (the quick check of UAX #15); precomposed Vietnamese
 * text is, and skips the `normalize` call (test/nfc.test.ts checks the ranges character by character).
 */
const MAY_NEED_NFC = /[\u0300-\u1dff\u1f00-\u200f\u2028-\uffff]/;

/** NFC form of a text, skipping the call for text that is NFC by its characters alone. */
export function nfc(value: string): string {
  return MAY_NEED_NFC.test(value) ? value.normalize("NFC") : value;
}

/** Whether a string has more than `max` Unicode code points (counted only when its UTF-16 length says it may). */
function longerThan(value: string, max: number): boolean {
  if (value.length <= max) return false;
  let count = 0;
  for (const _ of value) if (++count > max) return true;
  return false;
}

/**
 * Declares the JSON Schema keywords of a field whose zod check is a function (which `z.toJSONSchema`
 * cannot see): they are registered as the schema's metadata, which the generator copies into the
 * field's JSON Schema. Registration happens when the schema is built, which the entry points do once.
 */
function jsonSchemaKeywords<S extends z.ZodMiniType>(schema: S, keywords: z.core.GlobalMeta): S {
  z.globalRegistry.add(schema, keywords);
  return schema;
}

/**
 * The whole text rule in one leaf (zod's chain of `min`, `regex`, `max` and `normalize` runs four
 * checks per field): not empty, not blank, at most `max` Unicode code points, then NFC normalization
 * of the value (skipped for text that cannot need it). Code points, because JSON Schema's `maxLength` counts them (zod's
 * own `.max()` counts UTF-16 code units and would reject strings of emoji or rare CJK characters that
 * every JSON Schema validator accepts). The JSON Schema keywords are registered as metadata (see
 * {@link jsonSchemaKeywords}).
 */
function textRule(max: number): LeafRule<string> {
  return {
    check: (payload, lang) => {
      const value = payload.value;
      if (value.length === 0) {
        payload.issues.push({ code: "too_small", origin: "string", minimum: 1, inclusive: true, input: value, schema: undefined });
      } else if (!hasNonBlank(value)) {
        payload.issues.push(domainIssue("report.blank_text", {}, [], value, lang));
      } else if (longerThan(value, max)) {
        payload.issues.push({ code: "too_big", origin: "string", maximum: max, inclusive: true, input: value, schema: undefined });
      } else {
        payload.value = nfc(value);
      }
    },
    fast: (value) => (typeof value === "string" && hasNonBlank(value) && !longerThan(value, max) ? nfc(value) : INVALID),
  };
}

/**
 * Free text: not blank, at most `max` code points, returned NFC-normalized (Vietnamese typed on macOS
 * or pasted from PDFs often arrives decomposed).
 */
export function text(max: number) {
  return jsonSchemaKeywords(fusedString(textRule(max)), { minLength: 1, pattern: NON_BLANK.source, maxLength: max });
}

/**
 * Largest count a report field accepts (100 000 000): far above any monthly or yearly figure of a
 * province, low enough to catch a pasted phone number. Syntheses allow larger sums.
 *
 * @example
 * ```ts
 * import { MAX_COUNT } from "@cchc/reports";
 *
 * MAX_COUNT; // => 100000000
 * ```
 *
 * @category Report schemas
 */
export const MAX_COUNT = 100_000_000;

/** A count in one leaf (see {@link text} for why one): a whole number from 0 to `max`. */
function countRule(max: number): LeafRule<number> {
  return {
    check: (payload) => {
      const value = payload.value;
      if (!Number.isInteger(value)) {
        payload.issues.push({ code: "invalid_type", expected: "int", input: value, schema: undefined });
      } else if (value < 0) {
        payload.issues.push({ code: "too_small", origin: "number", minimum: 0, inclusive: true, input: value, schema: undefined });
      } else if (value > max) {
        payload.issues.push({ code: "too_big", origin: "number", maximum: max, inclusive: true, input: value, schema: undefined });
      }
    },
    fast: (value) => (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max ? value : INVALID),
  };
}

/** A count (số lượng): a whole number from 0 to `max` (default {@link MAX_COUNT}). */
export function count(max: number = MAX_COUNT) {
  return jsonSchemaKeywords(fusedNumber(countRule(max)), { type: "integer", minimum: 0, maximum: max });
}

/**
 * Minutes in the longest month (31 × 24 × 60): the most airtime one section or broadcast can have.
 *
 * @example
 * ```ts
 * import { MINUTES_PER_MONTH } from "@cchc/reports";
 *
 * MINUTES_PER_MONTH; // => 44640
 * ```
 *
 * @category Report schemas
 */
export const MINUTES_PER_MONTH = 44_640;

/** Airtime in minutes (thời lượng, phút): non-negative, fractions allowed, bounded by `max`. */
export function minutes(max: number = MINUTES_PER_MONTH) {
  // zod's own `gte`/`lte` checks (their issues and messages), run by the leaf rather than by zod's loop.
  const atLeast = z.gte(0);
  const atMost = z.lte(max);
  const rule: LeafRule<number> = {
    check: (payload) => {
      atLeast._zod.check(payload);
      atMost._zod.check(payload);
    },
    fast: (value) => (typeof value === "number" && value >= 0 && value <= max ? value : INVALID),
  };
  return jsonSchemaKeywords(fusedNumber(rule), { minimum: 0, maximum: max });
}

/** A calendar date `YYYY-MM-DD` (a real day: no 30 February). */
export function isoDate() {
  return z.iso.date();
}

/** An instant with its offset: `2026-03-09T16:30:00+07:00` or `…Z`. */
export function isoDateTime() {
  return z.iso.datetime({ offset: true });
}

/**
 * A string matching an identifier pattern, with a message that says what is expected (zod's own
 * message would print the regular expression). The pattern goes to the JSON Schema as metadata.
 */
function formatted(pattern: RegExp, code: ReportValidationCode) {
  const schema = fusedString({
    check: (payload, lang) => {
      if (!pattern.test(payload.value)) payload.issues.push(domainIssue(code, { input: shown(payload.value) }, [], payload.value, lang));
    },
    fast: (value) => (typeof value === "string" && pattern.test(value) ? value : INVALID),
  });
  return jsonSchemaKeywords(schema, { pattern: pattern.source });
}

// The patterns spell digits as [0-9]: in JSON Schema validators of other languages (Python's `re`)
// `\d` also matches non-ASCII digits such as "٠٧".
/* eslint-disable regexp/prefer-d */

/** A reporting month `YYYY-MM`, years 2000–2199. */
export const MONTH_ID = /^2[01][0-9]{2}-(?:0[1-9]|1[0-2])$/;

/** A month id (`2026-02`). */
export function monthId() {
  return formatted(MONTH_ID, "report.invalid_month");
}

/** A reporting period id: `2026-02`, `2026-Q1`, `2026-H1`, `2026-9M` or `2026` (upper case). */
export const PERIOD_ID = /^2[01][0-9]{2}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]|9M))?$/;

/** A period id of any kind (see {@link PERIOD_ID}). */
export function periodId() {
  return formatted(PERIOD_ID, "report.invalid_period");
}

/** A period of the CCHC reporting cycle: quarter I, 6 months, quarter III or the year. */
export const CCHC_PERIOD_ID = /^2[01][0-9]{2}(?:-(?:Q1|H1|Q3))?$/;

/** A CCHC cycle period id (`2026-Q1`, `2026-H1`, `2026-Q3`, `2026`). */
export function cchcPeriodId() {
  return formatted(CCHC_PERIOD_ID, "report.invalid_cchc_period");
}

/** A quarter id (`2026-Q3`). */
export const QUARTER_ID = /^2[01][0-9]{2}-Q[1-4]$/;

/** A quarter id. */
export function quarterId() {
  return formatted(QUARTER_ID, "report.invalid_quarter");
}

/** A commune or ward code of the General Statistics Office (5 digits, e.g. `07663`). */
export const COMMUNE_CODE = /^[0-9]{5}$/;

/** A commune code. */
export function communeCode() {
  return formatted(COMMUNE_CODE, "report.invalid_commune_code");
}

/** Key of an extension field: lower-case ASCII words joined by `-`, `_` or `.` (`views`, `social.shares`). */
export const EXTRA_KEY = /^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*$/;

/* eslint-enable regexp/prefer-d */

/** An extension key, at most 64 characters. */
export function extraKey() {
  return formatted(EXTRA_KEY, "report.invalid_extra_key").check(z.maxLength(64));
}

export { strictObject } from "./object.js";

/** The `schemaVersion` field of a schema: its constant version (see `SCHEMA_VERSIONS`). */
export function schemaVersion<V extends number>(version: V) {
  return z.literal<V>(version);
}

/** An array of at most `max` items. */
export function list<T extends z.ZodMiniType>(item: T, max: number) {
  return z.array(item).check(z.maxLength(max));
}
