import { interpolate, type Catalogue, type MessageParams } from "./i18n/catalogue.js";
import { DEFAULT_LANG, type Label, type Lang } from "./i18n/label.js";

/**
 * The plain-data form of a {@link CchcError}: what `JSON.stringify` writes and what an HTTP API
 * should return.
 *
 * @example
 * ```ts
 * import type { CchcErrorData } from "@cchc/core";
 *
 * const data: CchcErrorData = { code: "date.invalid_format", params: { input: "x" }, message: { vi: "…", en: "…" } };
 * ```
 *
 * @category Errors and results
 */
export interface CchcErrorData {
  /** Stable machine-readable code, e.g. `"date.invalid_day"`. */
  readonly code: string;
  /** The values interpolated into the message. */
  readonly params: MessageParams;
  /** The message in Vietnamese and English. */
  readonly message: Label;
}

/**
 * A typed domain error with its message in Vietnamese (the `message` property) and English.
 * Every function in the cchc packages that can fail on bad input returns one of these inside a
 * {@link Result}, or throws it from an explicitly named `…OrThrow` variant.
 *
 * @example
 * ```ts
 * import { parseIsoDate } from "@cchc/core";
 *
 * const result = parseIsoDate("2026-02-31");
 * if (!result.ok) {
 *   result.error.code; // => "date.invalid_day"
 *   result.error.localized("en"); // => "Day 31 does not exist in 2/2026."
 * }
 * ```
 *
 * @category Errors and results
 */
export class CchcError extends Error {
  /** Discriminator, stable across realms (unlike `instanceof`). */
  readonly _tag = "CchcError" as const;
  /** Stable machine-readable code, e.g. `"date.invalid_day"`. */
  readonly code: string;
  /** The values interpolated into the message. */
  readonly params: MessageParams;
  /** The message in both languages. */
  readonly messages: Label;

  constructor(code: string, messages: Label, params: MessageParams = {}) {
    super(messages.vi);
    this.name = "CchcError";
    this.code = code;
    this.params = params;
    this.messages = messages;
  }

  /**
   * The message in the given language.
   *
   * @param lang - `"vi"` (default) or `"en"`.
   * @returns The message text.
   */
  localized(lang: Lang = DEFAULT_LANG): string {
    return lang === "en" ? this.messages.en : this.messages.vi;
  }

  /** Plain data for JSON output. */
  toJSON(): CchcErrorData {
    return { code: this.code, params: this.params, message: this.messages };
  }
}

/**
 * Builds a {@link CchcError} from a catalogue entry.
 *
 * @param catalogue - The catalogue holding the message.
 * @param code - The message key, used as the error code.
 * @param params - Placeholder values.
 * @returns The error (not thrown).
 * @example
 * ```ts
 * import { documentNumberMessages, makeError } from "@cchc/core";
 *
 * makeError(documentNumberMessages, "docnum.empty").localized("en"); // => "The document number is empty."
 * ```
 *
 * @category Errors and results
 */
export function makeError<K extends string>(
  catalogue: Catalogue<K>,
  code: K,
  params: MessageParams = {},
): CchcError {
  return new CchcError(
    code,
    { vi: interpolate(catalogue.vi[code], params), en: interpolate(catalogue.en[code], params) },
    params,
  );
}

/**
 * Whether a value is a {@link CchcError} (also across bundles, through its `_tag`).
 *
 * @param value - Anything caught or returned.
 * @returns `true` for cchc domain errors.
 * @example
 * ```ts
 * import { isCchcError } from "@cchc/core";
 *
 * try { JSON.parse("{"); } catch (e) { isCchcError(e); } // => false
 * ```
 *
 * @category Errors and results
 */
export function isCchcError(value: unknown): value is CchcError {
  return (
    typeof value === "object" && value !== null && (value as { _tag?: unknown })._tag === "CchcError"
  );
}

/**
 * A successful {@link Result}.
 *
 * @example
 * ```ts
 * import type { Ok } from "@cchc/core";
 *
 * const r: Ok<number> = { ok: true, value: 1 };
 * ```
 *
 * @category Errors and results
 */
export interface Ok<T> {
  /** Always `true`: the operation succeeded. */
  readonly ok: true;
  /** The result. */
  readonly value: T;
}

/**
 * A failed {@link Result}.
 *
 * @example
 * ```ts
 * import { CchcError, type Err } from "@cchc/core";
 *
 * const r: Err<CchcError> = { ok: false, error: new CchcError("x", { vi: "Lỗi", en: "Error" }) };
 * ```
 *
 * @category Errors and results
 */
export interface Err<E> {
  /** Always `false`: the operation failed. */
  readonly ok: false;
  /** Why it failed. */
  readonly error: E;
}

/**
 * The outcome of an operation that can fail on bad input: never an exception.
 *
 * @typeParam T - The success value.
 * @typeParam E - The error (a {@link CchcError} unless stated).
 * @example
 * ```ts
 * import { parseIsoDate, type Result, type CivilDate } from "@cchc/core";
 *
 * const r: Result<CivilDate> = parseIsoDate("2026-09-02");
 * if (r.ok) r.value.day; // => 2
 * ```
 *
 * @category Errors and results
 */
export type Result<T, E = CchcError> = Ok<T> | Err<E>;

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @param value - The value.
 * @returns `{ ok: true, value }`.
 * @example
 * ```ts
 * import { ok } from "@cchc/core";
 *
 * ok(42); // => { ok: true, value: 42 }
 * ```
 *
 * @category Errors and results
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failed {@link Result}.
 *
 * @param error - The error.
 * @returns `{ ok: false, error }`.
 * @example
 * ```ts
 * import { documentNumberMessages, err, makeError } from "@cchc/core";
 *
 * err(makeError(documentNumberMessages, "docnum.empty"));
 * ```
 *
 * @category Errors and results
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

/**
 * Returns the value of a successful result or throws its error.
 *
 * @param result - A result.
 * @returns The success value.
 * @throws The result's error when it failed.
 * @example
 * ```ts
 * import { parseIsoDate, unwrap } from "@cchc/core";
 *
 * unwrap(parseIsoDate("2026-01-01")).year; // => 2026
 * ```
 *
 * @category Errors and results
 */
export function unwrap<T, E>(result: Result<T, E>): T {
  if (result.ok) return result.value;
  throw result.error;
}

/**
 * Describes a received value briefly for an error message without echoing huge inputs.
 *
 * @param value - Anything.
 * @returns A short description such as `number`, `null`, `array` or a quoted, truncated string.
 * @example
 * ```ts
 * import { describeValue } from "@cchc/core";
 *
 * describeValue(null); // => "null"
 * describeValue([1]); // => "array"
 * ```
 *
 * @category Errors and results
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "number") return Number.isNaN(value) ? "NaN" : String(value);
  return typeof value;
}
