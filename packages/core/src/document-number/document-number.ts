import { err, makeError, ok, type CchcError, type CchcErrorData, type Result } from "../errors.js";
import { documentNumberMessages } from "./messages.js";

type MessageKey = keyof typeof documentNumberMessages.vi;
import type { MessageParams } from "../i18n/catalogue.js";
import { DOCUMENT_TYPE_CODES } from "./document-type-codes.js";
import { DOCUMENT_TYPES } from "./document-types.js";
import { KNOWN_ISSUERS, isLegislatureIssuer } from "./issuers.js";

/**
 * The shape of a document number (số, ký hiệu) per Nghị định 30/2020/NĐ-CP and the legislative
 * numbering rules:
 * - `administrative`: `167/KH-UBND` (type, then issuer);
 * - `letter`: a công văn, `1187/UBND-KTTH` (issuer, then drafting unit or field; no type);
 * - `normative`: a legal normative document with its year, `09/2019/NĐ-CP`;
 * - `legislature`: National Assembly / Standing Committee forms, `202/2025/QH15`;
 * - `party`: Party documents, `60-NQ/TW`.
 *
 * @example
 * ```ts
 * import type { DocumentNumberKind } from "@cchc/core";
 *
 * const k: DocumentNumberKind = "letter";
 * ```
 *
 * @category Document numbers
 */
export type DocumentNumberKind = "administrative" | "letter" | "normative" | "legislature" | "party";

/**
 * A parsed document number. `canonical` is the one spelling every variant normalizes to.
 *
 * @example
 * ```ts
 * import { parseDocumentNumber } from "@cchc/core";
 *
 * const r = parseDocumentNumber("Số: 09/2019/nđ-cp");
 * if (r.ok) r.value; // => { canonical: "09/2019/NĐ-CP", kind: "normative", number: 9, year: 2019, type: "NĐ", issuer: "CP", unit: null, typeKnown: true, warnings: [] }
 * ```
 *
 * @category Document numbers
 */
export interface DocumentNumber {
  /** The one normalized spelling, e.g. `"09/2019/NĐ-CP"`. */
  readonly canonical: string;
  /** Which numbering form the document uses. */
  readonly kind: DocumentNumberKind;
  /** The sequence number (số), without leading zeros. */
  readonly number: number;
  /** The year segment of normative documents, else `null`. */
  readonly year: number | null;
  /** The type abbreviation (`KH`, `NĐ`, `QyĐ`), `null` for letters and legislature forms. */
  readonly type: string | null;
  /** Whether `type` is in the shipped type table ({@link DOCUMENT_TYPES}). */
  readonly typeKnown: boolean;
  /** The issuing body or title (`UBND`, `CP`, `TTg`, `BTP-BTC`, `QH15`, `TW`). */
  readonly issuer: string;
  /** For letters: the drafting unit or field (`KTTH` in `1187/UBND-KTTH`), else `null`. */
  readonly unit: string | null;
  /** Non-fatal findings, such as an unknown type code. */
  readonly warnings: readonly CchcErrorData[];
}

/**
 * Longest accepted input, to bound the work done on hostile strings.
 *
 * @example
 * ```ts
 * import { MAX_DOCUMENT_NUMBER_LENGTH, parseDocumentNumber } from "@cchc/core";
 *
 * parseDocumentNumber("1".repeat(MAX_DOCUMENT_NUMBER_LENGTH + 1)).ok; // => false ("input.too_long")
 * ```
 *
 * @category Document numbers
 */
export const MAX_DOCUMENT_NUMBER_LENGTH = 200;

/**
 * The accepted range of the year segment of a normative document number.
 *
 * @example
 * ```ts
 * import { DOCUMENT_YEAR_RANGE } from "@cchc/core";
 *
 * DOCUMENT_YEAR_RANGE.min; // => 1945
 * ```
 *
 * @category Document numbers
 */
export const DOCUMENT_YEAR_RANGE = { min: 1945, max: 2199 } as const;

const SPACE_LIKE = /[\s\u200B]/gu;
const DASH_LIKE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;
const SLASH_LIKE = /[\u2044\u2215\uFF0F]/gu;
const SO_PREFIX = /^s[oóòỏõọôốồổỗộ]\s*[:.]?\s*/iu;
const DIGITS = /^\d+$/;
const DIGIT_START = /^\d/;
const NOT_PLAIN_ASCII = /[^\x20-\x7E]/;
const FORBIDDEN = /[^\p{L}\p{N}&/-]/u;

let lookups: { types: Map<string, string>; issuers: Map<string, string> } | undefined;

/** Upper-case → canonical spelling of type codes and issuers, built on first use. */
function tables(): { types: Map<string, string>; issuers: Map<string, string> } {
  lookups ??= {
    types: new Map(Object.values(DOCUMENT_TYPE_CODES).flatMap((codes: readonly string[]) => codes.map((c) => [c.toUpperCase(), c]))),
    issuers: new Map(KNOWN_ISSUERS.map((i) => [i.toUpperCase(), i])),
  };
  return lookups;
}

class ParseFailure {
  constructor(readonly error: CchcError) {}
}

function fail(code: MessageKey, params: MessageParams = {}): never {
  throw new ParseFailure(makeError(documentNumberMessages, code, params));
}

function warning(code: MessageKey, params: MessageParams): CchcErrorData {
  return makeError(documentNumberMessages, code, params).toJSON();
}

function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036F]/g, "").replace(/Đ/g, "D");
}

function suggestType(upper: string): string | undefined {
  const folded = stripDiacritics(upper);
  const matches = [...tables().types.values()].filter((code) => stripDiacritics(code.toUpperCase()) === folded);
  return matches.length === 1 ? matches[0] : undefined;
}

/** NFC, unify spaces/dashes/slashes, drop a leading "Số:", join spaces around separators. */
function compact(input: string): string {
  let text = input;
  // Plain printable ASCII (the common case) needs no Unicode normalization.
  if (NOT_PLAIN_ASCII.test(text)) {
    text = text.normalize("NFC").replace(SPACE_LIKE, " ").replace(DASH_LIKE, "-").replace(SLASH_LIKE, "/");
  }
  text = text.trim();
  if (!DIGIT_START.test(text)) text = text.replace(SO_PREFIX, "");
  if (text === "") fail("docnum.empty");
  if (text.includes(" ")) text = joinAroundSeparators(text);
  const bad = FORBIDDEN.exec(text);
  if (bad) fail("docnum.invalid_character", { char: bad[0] });
  return text;
}

/** Removes spaces next to "/" or "-"; any other space inside the text is an error. */
function joinAroundSeparators(text: string): string {
  const words = text.split(" ").filter((w) => w !== "");
  let out = words[0] ?? "";
  for (let i = 1; i < words.length; i++) {
    const next = words[i]!;
    const joinable = out.endsWith("/") || out.endsWith("-") || next.startsWith("/") || next.startsWith("-");
    if (!joinable) fail("docnum.unexpected_space", { segment: `${out.slice(-20)} ${next.slice(0, 20)}` });
    out += next;
  }
  return out;
}

function parseNumber(text: string): number {
  if (!DIGITS.test(text) || text.length > 7 || Number(text) === 0) {
    fail("docnum.invalid_number", { value: text.slice(0, 20) });
  }
  return Number(text);
}

function parseYear(text: string): number {
  const year = Number(text);
  if (!DIGITS.test(text) || text.length !== 4 || year < DOCUMENT_YEAR_RANGE.min || year > DOCUMENT_YEAR_RANGE.max) {
    fail("docnum.invalid_year", { value: text.slice(0, 20), ...DOCUMENT_YEAR_RANGE });
  }
  return year;
}

function splitGroups(symbol: string): string[] {
  const groups = symbol.split("-");
  if (groups.some((g) => g === "")) fail("docnum.empty_segment", { symbol });
  return groups.map((g) => g.toUpperCase());
}

function canonicalIssuer(groups: readonly string[]): string {
  return groups.map((g) => tables().issuers.get(g) ?? g).join("-");
}

function typeOf(upper: string, warnings: CchcErrorData[]): { type: string; typeKnown: boolean } {
  const known = tables().types.get(upper);
  if (known) return { type: known, typeKnown: true };
  warnings.push(warning("docnum.unknown_type", { code: upper }));
  const suggestion = suggestType(upper);
  if (suggestion) warnings.push(warning("docnum.type_suggestion", { suggestion }));
  return { type: upper, typeKnown: false };
}

/** Builds a parsed value; one object shape for every kind keeps the hot path monomorphic. */
function documentNumber(
  kind: DocumentNumberKind,
  number: number,
  year: number | null,
  type: string | null,
  typeKnown: boolean,
  issuer: string,
  unit: string | null,
  warnings: readonly CchcErrorData[],
): DocumentNumber {
  const canonical = formatDocumentNumber({ kind, number, year, type, issuer, unit });
  return { canonical, kind, number, year, type, typeKnown, issuer, unit, warnings };
}

function parseParty(text: string, dash: number, slash: number): DocumentNumber {
  if (slash < 0) fail("docnum.missing_slash", { input: text });
  const number = parseNumber(text.slice(0, dash));
  const typeGroups = splitGroups(text.slice(dash + 1, slash));
  const issuerText = text.slice(slash + 1);
  if (issuerText === "" || issuerText.includes("/")) fail("docnum.too_many_parts", { input: text });
  const warnings: CchcErrorData[] = [];
  const { type, typeKnown } = typeOf(typeGroups.join("-"), warnings);
  return documentNumber("party", number, null, type, typeKnown, canonicalIssuer(splitGroups(issuerText)), null, warnings);
}

function parseState(text: string): DocumentNumber {
  const parts = text.split("/");
  if (parts.length < 2) fail("docnum.missing_slash", { input: text });
  if (parts.length > 3) fail("docnum.too_many_parts", { input: text });
  const number = parseNumber(parts[0]!);
  const year = parts.length === 3 ? parseYear(parts[1]!) : null;
  const symbol = parts[parts.length - 1]!;
  if (symbol === "" || (year === null && DIGITS.test(symbol))) fail("docnum.missing_symbol", { number: parts[0]! });
  const groups = splitGroups(symbol);
  const first = groups[0]!;
  const warnings: CchcErrorData[] = [];
  const stateKind = year === null ? "administrative" : "normative";
  if (groups.length === 1) {
    if (year !== null && isLegislatureIssuer(first)) {
      return documentNumber("legislature", number, year, null, false, first, null, warnings);
    }
    warnings.push(warning("docnum.no_type", { symbol }));
    return documentNumber(stateKind, number, year, null, false, canonicalIssuer(groups), null, warnings);
  }
  const rest = groups.slice(1);
  const { types, issuers } = tables();
  const letterIssuer = year === null && !types.has(first) ? issuers.get(first) : undefined;
  if (letterIssuer !== undefined) {
    return documentNumber("letter", number, null, null, false, letterIssuer, canonicalIssuer(rest), warnings);
  }
  const { type, typeKnown } = typeOf(first, warnings);
  return documentNumber(stateKind, number, year, type, typeKnown, canonicalIssuer(rest), null, warnings);
}

/**
 * Writes a document number in its canonical form: numbers below 10 with a leading zero, no spaces,
 * `/` between number, year and symbol, `-` between symbol groups, Party documents as `60-NQ/TW`.
 *
 * @param value - The fields of a document number (for example one returned by
 *   {@link parseDocumentNumber}).
 * @returns The canonical string.
 * @example
 * ```ts
 * import { formatDocumentNumber } from "@cchc/core";
 *
 * formatDocumentNumber({ kind: "normative", number: 9, year: 2019, type: "NĐ", issuer: "CP", unit: null });
 * // => "09/2019/NĐ-CP"
 * ```
 *
 * @category Document numbers
 */
export function formatDocumentNumber(
  value: Pick<DocumentNumber, "kind" | "number" | "year" | "type" | "issuer" | "unit">,
): string {
  const number = String(value.number).padStart(2, "0");
  if (value.kind === "party") return `${number}-${value.type ?? ""}/${value.issuer}`;
  const groups = value.kind === "letter" ? [value.issuer, value.unit] : [value.type, value.issuer];
  const symbol = groups.filter((g): g is string => g !== null && g !== "").join("-");
  return value.year === null ? `${number}/${symbol}` : `${number}/${value.year}/${symbol}`;
}

/**
 * Parses a document number (số, ký hiệu) of any of the forms in {@link DocumentNumberKind}.
 * Accepts a leading "Số:", extra spaces, lower case, NFD diacritics, no-break spaces and typographic
 * dashes or slashes, and normalizes them to one canonical string. Unknown type codes are accepted
 * with a warning. Never throws: bad input gives a typed {@link CchcError}.
 *
 * The parser is a linear scan over at most {@link MAX_DOCUMENT_NUMBER_LENGTH} characters; its few
 * regular expressions are free of super-linear backtracking (checked by the linter).
 *
 * @param input - The text, typically as typed or copied from a PDF.
 * @returns The parsed number, or an error coded `docnum.*` / `input.*`.
 * @example
 * ```ts
 * import { parseDocumentNumber } from "@cchc/core";
 *
 * const r = parseDocumentNumber("Số: 167 / kh - ubnd");
 * r.ok && r.value.canonical; // => "167/KH-UBND"
 * parseDocumentNumber("60-NQ/TW").ok; // => true (Party document)
 * parseDocumentNumber("KH-UBND").ok; // => false (missing number)
 * ```
 *
 * @category Document numbers
 */
export function parseDocumentNumber(input: unknown): Result<DocumentNumber> {
  if (typeof input !== "string") {
    return err(makeError(documentNumberMessages, "input.not_string", { received: input === null ? "null" : typeof input }));
  }
  if (input.length > MAX_DOCUMENT_NUMBER_LENGTH) {
    return err(makeError(documentNumberMessages, "input.too_long", { length: input.length, max: MAX_DOCUMENT_NUMBER_LENGTH }));
  }
  try {
    const text = compact(input);
    const dash = text.indexOf("-");
    const slash = text.indexOf("/");
    const isParty = dash > 0 && (slash < 0 || dash < slash) && DIGITS.test(text.slice(0, dash));
    return ok(isParty ? parseParty(text, dash, slash) : parseState(text));
  } catch (failure) {
    if (failure instanceof ParseFailure) return err(failure.error);
    throw failure;
  }
}

/**
 * Whether a string is a parseable document number.
 *
 * @param input - Anything.
 * @returns `true` when {@link parseDocumentNumber} succeeds.
 * @example
 * ```ts
 * import { isDocumentNumber } from "@cchc/core";
 *
 * isDocumentNumber("1187/UBND-KTTH"); // => true
 * isDocumentNumber("hello"); // => false
 * ```
 *
 * @category Document numbers
 */
export function isDocumentNumber(input: unknown): boolean {
  return parseDocumentNumber(input).ok;
}

/**
 * The canonical spelling of a document number, or `undefined` when it does not parse.
 *
 * @param input - The text.
 * @returns The canonical string.
 * @example
 * ```ts
 * import { canonicalDocumentNumber } from "@cchc/core";
 *
 * canonicalDocumentNumber("5/qđ-ttg"); // => "05/QĐ-TTg"
 * ```
 *
 * @category Document numbers
 */
export function canonicalDocumentNumber(input: unknown): string | undefined {
  const result = parseDocumentNumber(input);
  return result.ok ? result.value.canonical : undefined;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders document numbers: by year (documents without a year first), issuer, type, unit, then
 * number numerically (so `9/KH-UBND` sorts before `10/KH-UBND`).
 *
 * @param a - A parsed document number.
 * @param b - Another.
 * @returns A negative number, zero or a positive number.
 * @example
 * ```ts
 * import { compareDocumentNumbers, parseDocumentNumber, unwrap } from "@cchc/core";
 *
 * const list = ["69/KH-UBND", "167/KH-UBND", "9/KH-UBND"].map((s) => unwrap(parseDocumentNumber(s)));
 * list.sort(compareDocumentNumbers).map((d) => d.canonical); // => ["09/KH-UBND", "69/KH-UBND", "167/KH-UBND"]
 * ```
 *
 * @category Document numbers
 */
export function compareDocumentNumbers(a: DocumentNumber, b: DocumentNumber): number {
  return (
    (a.year ?? 0) - (b.year ?? 0) ||
    cmp(a.issuer, b.issuer) ||
    cmp(a.type ?? "", b.type ?? "") ||
    cmp(a.unit ?? "", b.unit ?? "") ||
    a.number - b.number ||
    cmp(a.kind, b.kind)
  );
}

/**
 * Whether two texts denote the same document number once normalized. Unparseable text is never
 * equal to anything.
 *
 * @param a - A document number as text.
 * @param b - Another.
 * @returns `true` when both parse to the same canonical form.
 * @example
 * ```ts
 * import { sameDocumentNumber } from "@cchc/core";
 *
 * sameDocumentNumber("Số: 76/nq-cp", "76/NQ-CP"); // => true
 * ```
 *
 * @category Document numbers
 */
export function sameDocumentNumber(a: string, b: string): boolean {
  const x = canonicalDocumentNumber(a);
  return x !== undefined && x === canonicalDocumentNumber(b);
}

/**
 * Looks up the name and table of a document type code (case-insensitive: `qyđ` finds `QyĐ`).
 *
 * @param code - A type abbreviation.
 * @returns The type, or `undefined` when it is not in {@link DOCUMENT_TYPES}.
 * @example
 * ```ts
 * import { documentTypeInfo } from "@cchc/core";
 *
 * documentTypeInfo("qyđ")?.name.vi; // => "Quy định"
 * ```
 *
 * @category Document numbers
 */
export function documentTypeInfo(code: string): (typeof DOCUMENT_TYPES)[number] | undefined {
  const canonical = tables().types.get(code.normalize("NFC").toUpperCase());
  return canonical === undefined ? undefined : DOCUMENT_TYPES.find((t) => t.code === canonical);
}
