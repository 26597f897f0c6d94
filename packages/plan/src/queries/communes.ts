import { err, foldKey, makeError, normalizeText, ok, type Result } from "@cchc/core";
import type { AdminUnitRegister, Commune, CommuneKind } from "../model/admin-unit.js";
import { planMessages } from "../messages.js";

/**
 * Longest commune query accepted (characters), to bound the work done on hostile input.
 *
 * @example
 * ```ts
 * import { MAX_COMMUNE_QUERY_LENGTH } from "@cchc/plan";
 *
 * MAX_COMMUNE_QUERY_LENGTH; // => 200
 * ```
 *
 * @category Queries
 */
export const MAX_COMMUNE_QUERY_LENGTH = 200;

const NON_ALNUM = /[^a-z0-9]+/g;
const DIGITS = /^\d{1,5}$/;
const LONG_DIGITS = /^\d{6,}$/;

/** Kind words as typed after folding and punctuation removal, longest first. */
const KIND_WORDS: readonly (readonly [words: string, kind: CommuneKind])[] = [
  ["dac khu", "dac-khu"],
  ["phuong", "phuong"],
  ["xa", "xa"],
  ["dk", "dac-khu"],
  ["p", "phuong"],
  ["x", "xa"],
];

function simpleKey(text: string): string {
  return foldKey(text).replace(NON_ALNUM, " ").trim();
}

interface Lookup {
  readonly byCode: ReadonlyMap<string, Commune>;
  readonly byExactName: ReadonlyMap<string, Commune[]>;
  readonly byFoldedName: ReadonlyMap<string, Commune[]>;
}

const lookups = new WeakMap<AdminUnitRegister, Lookup>();

function push(map: Map<string, Commune[]>, key: string, commune: Commune): void {
  const list = map.get(key);
  if (list) list.push(commune);
  else map.set(key, [commune]);
}

function lookupOf(register: AdminUnitRegister): Lookup {
  let lookup = lookups.get(register);
  if (!lookup) {
    const byExactName = new Map<string, Commune[]>();
    const byFoldedName = new Map<string, Commune[]>();
    for (const c of register.communes) {
      push(byExactName, normalizeText(c.name).toLowerCase(), c);
      push(byFoldedName, simpleKey(c.name), c);
    }
    lookup = { byCode: new Map(register.communes.map((c) => [c.code, c])), byExactName, byFoldedName };
    lookups.set(register, lookup);
  }
  return lookup;
}

function byCode(register: AdminUnitRegister, digits: string): Result<Commune> {
  const code = digits.padStart(5, "0");
  const found = lookupOf(register).byCode.get(code);
  return found ? ok(found) : err(makeError(planMessages, "plan.commune_code_not_found", { code, province: register.provinceCode }));
}

/** Splits a leading kind word ("Phường", "P.", "xa") off a query. */
function splitKind(text: string): { kind: CommuneKind | undefined; rest: string } {
  const key = simpleKey(text);
  for (const [words, kind] of KIND_WORDS) {
    if (key.startsWith(`${words} `)) return { kind, rest: key.slice(words.length + 1) };
  }
  return { kind: undefined, rest: key };
}

function exactName(text: string): { kind: CommuneKind | undefined; name: string } {
  const normal = normalizeText(text).toLowerCase();
  for (const [prefix, kind] of [["xã ", "xa"], ["phường ", "phuong"], ["đặc khu ", "dac-khu"]] as const) {
    if (normal.startsWith(prefix)) return { kind, name: normal.slice(prefix.length) };
  }
  return { kind: undefined, name: normal };
}

function pick(candidates: readonly Commune[] | undefined, kind: CommuneKind | undefined): Commune[] {
  return (candidates ?? []).filter((c) => kind === undefined || c.kind === kind);
}

/**
 * Finds a commune-level unit of a province by its code or by its name, typed any way: a 5-digit code
 * (`"09187"`), a code whose leading zero a spreadsheet dropped (`"9187"`, `9187`), or a name with or
 * without its kind word, in NFC or NFD, with or without diacritics, in any case, abbreviated
 * (`"Phường Kinh Bắc"`, `"P. Kinh Bắc"`, `"phuong kinh bac"`, `"Kinh Bac"`, `"Xã Tuấn Đạo"`). Anything
 * after a comma (`"…, tỉnh Bắc Ninh"`) is ignored. An exact (diacritics-sensitive) name match is preferred
 * to a folded one; a name shared by a xã and a phường is reported as ambiguous unless the kind word says
 * which.
 *
 * @param register - The province's administrative-unit register.
 * @param query - A code (string or number) or a name.
 * @returns The unit, or a typed error (`plan.commune_empty`, `plan.commune_bad_code`,
 *   `plan.commune_code_not_found`, `plan.commune_name_not_found`, `plan.commune_ambiguous`,
 *   `plan.input_too_long`).
 * @example
 * ```ts
 * import { bacNinhAdminUnits, findCommune } from "@cchc/plan";
 *
 * const units = bacNinhAdminUnits();
 * findCommune(units, "P. Kinh Bắc"); // => { ok: true, value: { code: "09187", fullName: "Phường Kinh Bắc", … } }
 * findCommune(units, "xa tuan dao").ok; // => true
 * findCommune(units, 7663).ok; // => true (Xã Tuấn Đạo, code 07663)
 * ```
 *
 * @category Queries
 */
export function findCommune(register: AdminUnitRegister, query: string | number): Result<Commune> {
  if (typeof query === "number") {
    if (!Number.isSafeInteger(query) || query < 0 || query > 99_999) {
      return err(makeError(planMessages, "plan.commune_bad_code", { input: String(query) }));
    }
    return byCode(register, String(query));
  }
  if (query.length > MAX_COMMUNE_QUERY_LENGTH) {
    return err(makeError(planMessages, "plan.input_too_long", { length: query.length, max: MAX_COMMUNE_QUERY_LENGTH }));
  }
  const text = normalizeText(query.split(",")[0] ?? "");
  if (text === "") return err(makeError(planMessages, "plan.commune_empty"));
  if (DIGITS.test(text)) return byCode(register, text);
  if (LONG_DIGITS.test(text)) return err(makeError(planMessages, "plan.commune_bad_code", { input: text.slice(0, 40) }));

  const lookup = lookupOf(register);
  const exact = exactName(text);
  const exactHits = pick(lookup.byExactName.get(exact.name), exact.kind);
  if (exactHits.length === 1) return ok(exactHits[0]!);

  const { kind, rest } = splitKind(text);
  const hits = pick(lookup.byFoldedName.get(rest), kind);
  if (hits.length === 1) return ok(hits[0]!);
  if (hits.length > 1) {
    return err(makeError(planMessages, "plan.commune_ambiguous", { input: text, candidates: hits.map((c) => `${c.fullName} (${c.code})`).join(", ") }));
  }
  return err(makeError(planMessages, "plan.commune_name_not_found", { input: text.slice(0, 60), province: register.provinceCode }));
}
