import { CchcError, err, ok, type Result } from "../errors.js";
import { interpolate, type MessageParams } from "../i18n/catalogue.js";
import type { Lang } from "../i18n/label.js";
import type { ValidationIssue } from "../zod/issues.js";
import { strictJsonFragments, strictJsonMessages, type StrictJsonCode } from "./messages.js";
import { needsExactScan } from "./precheck.js";
import { findJsonProblem, type JsonProblem } from "./scan.js";
import { hasUtf8Bom, invalidUtf8Offset, utf8Length } from "./utf8.js";

/**
 * Where the input sits in a larger stream, for the offsets and messages of {@link parseStrictJson}.
 *
 * @example
 * ```ts
 * import type { StrictJsonOptions } from "@cchc/core";
 *
 * // The third line of an NDJSON file, starting at its byte 812.
 * const options: StrictJsonOptions = { byteOffset: 812, line: 3 };
 * ```
 *
 * @category Strict JSON
 */
export interface StrictJsonOptions {
  /** Byte offset of the input's first byte in the whole stream (an NDJSON line's start); added to every reported offset. Default 0. */
  readonly byteOffset?: number;
  /** 1-based line number of the input in an NDJSON stream; named in the messages and kept in `params.line`. */
  readonly line?: number;
}

const BOM = 0xfeff;
const BOM_BYTES = 3;
const MAX_NAME_SHOWN = 60;

let decoder: TextDecoder | undefined;

/** The text of UTF-8 bytes (a leading BOM dropped), or the offset of the first invalid byte. */
function decode(bytes: Uint8Array): string | number {
  decoder ??= new TextDecoder("utf-8", { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    return Math.max(0, invalidUtf8Offset(bytes));
  }
}

function hex(value: number, digits: number): string {
  return value.toString(16).toUpperCase().padStart(digits, "0");
}

/** `U+0001`-style notation of a code point. */
function codePointName(codePoint: number): string {
  return `U+${hex(codePoint, 4)}`;
}

/** A character as shown in a message: itself when visible, else its `U+` notation. */
function shownCharacter(codePoint: number): string {
  const invisible = codePoint < 0x21 || (codePoint >= 0x7f && codePoint <= 0xa0) || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint === BOM;
  return invisible ? codePointName(codePoint) : String.fromCodePoint(codePoint);
}

/** A member name as shown in a message: JSON-quoted (control characters escaped) and at most 60 characters. */
function shownName(name: string): string {
  const chars = [...name];
  return JSON.stringify(chars.length > MAX_NAME_SHOWN ? `${chars.slice(0, MAX_NAME_SHOWN).join("")}…` : name);
}

/**
 * Builds the error: the template's `{where}` (and `{problem}` for syntax errors) are filled in per
 * language, the other placeholders from `params`, which the error keeps (language-neutral).
 */
function strictJsonError(
  code: StrictJsonCode,
  params: MessageParams & { readonly offset: number; readonly line?: number },
  syntax?: { readonly found: string | undefined },
): CchcError {
  const text = (lang: Lang): string => {
    const fragments = strictJsonFragments[lang];
    const where = interpolate(params.line === undefined ? fragments.at : fragments.at_line, params);
    const problem =
      syntax === undefined
        ? ""
        : syntax.found === undefined
          ? fragments.unexpected_end
          : interpolate(fragments.unexpected_character, { found: syntax.found });
    return interpolate(strictJsonMessages[lang][code], { ...params, where, problem });
  };
  return new CchcError(code, { vi: text("vi"), en: text("en") }, params);
}

function problemError(problem: JsonProblem, place: { offset: number; line?: number }): CchcError {
  switch (problem.code) {
    case "json.parse_error": {
      const found = problem.found === undefined ? undefined : shownCharacter(problem.found);
      return strictJsonError(problem.code, { ...place, found: found ?? "" }, { found });
    }
    case "json.duplicate_key":
      return strictJsonError(problem.code, { ...place, name: shownName(problem.name), pointer: problem.pointer });
    default:
      return strictJsonError(problem.code, { ...place, codePoint: codePointName(problem.codePoint), pointer: problem.pointer });
  }
}

/**
 * Parses JSON text strictly, as I-JSON (RFC 7493): the one decoder behind every door of the cchc
 * packages (the CLI's `validate`, the HTTP examples, the intake service), so that a payload called
 * valid can be stored and read back the same by any other system (PostgreSQL `jsonb` included).
 *
 * It refuses, each with its own `code` (see {@link strictJsonMessages}) and a vi/en message naming
 * the byte offset (and the line, when `options.line` is given):
 *
 * - `json.invalid_utf8` — bytes that are not UTF-8 (never replaced by U+FFFD);
 * - `json.parse_error` — text that is not JSON (`params.found` is the character, `""` at the end);
 * - `json.duplicate_key` — a member name twice in one object (`params.name`, RFC 7493 §2.3);
 * - `json.lone_surrogate` — half of a UTF-16 surrogate pair, raw or escaped (`"\ud800"`);
 * - `json.noncharacter` — one of Unicode's 66 noncharacters (U+FFFE, U+FDD0…), raw or escaped;
 * - `json.control_character` — U+0000–U+001F other than tab, LF and CR inside a string, raw or
 *   escaped (`"\u0000"`, `"\b"`, `"\f"`).
 *
 * A leading UTF-8 byte-order mark is accepted and skipped. Offsets count bytes of the input as given
 * (BOM included; a string input counts as its UTF-8 encoding) plus `options.byteOffset`. Problems in
 * strings also carry `params.pointer`, the JSON Pointer of the value concerned (of its object, for a
 * member name); {@link strictJsonIssue} turns the error into a validation issue. Never throws.
 *
 * Numbers are left to `JSON.parse`: I-JSON only advises against numbers beyond IEEE 754 double
 * precision, and the report schemas bound every number they accept.
 *
 * Cost: `JSON.parse` plus a pre-check (a regular expression, `isWellFormed`, a count of `:` and a
 * walk over the parsed value); the exact scanner runs only on text the pre-check cannot clear.
 *
 * @param input - UTF-8 bytes (a `Uint8Array` or Node `Buffer`) or already-decoded text.
 * @param options - Where the input sits in a larger stream (NDJSON).
 * @returns The parsed value (the same as `JSON.parse`'s), or the first problem as a {@link CchcError}.
 * @example
 * ```ts
 * import { parseStrictJson } from "@cchc/core";
 *
 * parseStrictJson('{"month": "2026-01"}'); // => { ok: true, value: { month: "2026-01" } }
 *
 * const twice = parseStrictJson('{"month": "2026-01", "month": "2026-02"}');
 * if (!twice.ok) {
 *   twice.error.code; // => "json.duplicate_key"
 *   twice.error.params.offset; // => 21
 *   twice.error.localized("en"); // => "The member name \"month\" appears twice in the same object at byte 21; each name may appear only once (I-JSON, RFC 7493 §2.3)."
 * }
 *
 * const bytes = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]); // {"a":"\xC3("}
 * const bad = parseStrictJson(bytes, { line: 3, byteOffset: 100 });
 * if (!bad.ok) bad.error.localized("en"); // => "The data is not valid UTF-8 text: invalid byte sequence (0xC3) at byte 106 (line 3)."
 * ```
 *
 * @category Strict JSON
 */
export function parseStrictJson(input: Uint8Array | string, options: StrictJsonOptions = {}): Result<unknown> {
  const base = options.byteOffset ?? 0;
  const line = options.line === undefined ? {} : { line: options.line };
  const decoded = typeof input === "string" ? withoutBom(input) : decodeBytes(input);
  if ("invalidAt" in decoded) {
    return err(strictJsonError("json.invalid_utf8", { offset: base + decoded.invalidAt, ...line, byte: hex(decoded.byte, 2) }));
  }
  const { text, skipped } = decoded;
  let value: unknown;
  let parsed = true;
  try {
    value = JSON.parse(text);
  } catch {
    parsed = false;
  }
  if (parsed && !needsExactScan(text, value, typeof input === "string" ? undefined : input)) return ok(value);
  // Were the scanner to find nothing in a text JSON.parse refused (an engine that is not RFC 8259's), the refusal stands.
  const problem = findJsonProblem(text) ?? (parsed ? undefined : ({ code: "json.parse_error", index: text.length, found: undefined } as const));
  if (problem === undefined) return ok(value); // a false alarm of the pre-check
  return err(problemError(problem, { offset: base + skipped + utf8Length(text, problem.index), ...line }));
}

/** Text input: a leading BOM is skipped (and counted as its 3 UTF-8 bytes). */
function withoutBom(text: string): { text: string; skipped: number } {
  return text.charCodeAt(0) === BOM ? { text: text.slice(1), skipped: BOM_BYTES } : { text, skipped: 0 };
}

/** Byte input: the decoded text (a leading BOM dropped and counted), or where the first invalid byte is. */
function decodeBytes(bytes: Uint8Array): { text: string; skipped: number } | { invalidAt: number; byte: number } {
  const text = decode(bytes);
  if (typeof text === "number") return { invalidAt: text, byte: bytes[text] ?? 0 };
  return { text, skipped: hasUtf8Bom(bytes) ? BOM_BYTES : 0 };
}

/**
 * A {@link parseStrictJson} error as a validation issue (the shape of every cchc validator's issues):
 * `path` is the JSON Pointer of the value concerned (`""` for the whole document), `code` the error's
 * code, `message` its text in `lang`.
 *
 * @param error - An error returned by {@link parseStrictJson}.
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns The issue.
 * @example
 * ```ts
 * import { parseStrictJson, strictJsonIssue } from "@cchc/core";
 *
 * const r = parseStrictJson('{"sections": [{"name": "A\\u0000"}]}');
 * if (!r.ok) strictJsonIssue(r.error, "en").path; // => "/sections/0/name"
 * ```
 *
 * @category Strict JSON
 */
export function strictJsonIssue(error: CchcError, lang: Lang = "vi"): ValidationIssue {
  const pointer = error.params["pointer"];
  return { path: typeof pointer === "string" ? pointer : "", code: error.code, message: error.localized(lang) };
}
