import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  DOCUMENT_TYPES,
  KNOWN_ISSUERS,
  canonicalDocumentNumber,
  compareDocumentNumbers,
  documentNumberSchema,
  documentTypeInfo,
  formatDocumentNumber,
  isDocumentNumber,
  parseDocumentNumber,
  sameDocumentNumber,
  toValidationIssues,
  unwrap,
  zodErrorMap,
  type DocumentNumber,
} from "@cchc/core";

const parsed = (s: string) => unwrap(parseDocumentNumber(s));

// Real numbers from the plan and from ../shared/domain/indices-identifiers-units.md §2
// (Nghị định 30/2020/NĐ-CP Phụ lục I and III; NĐ 34/2016/NĐ-CP Điều 58; dvhcvn/20250701 documents).
describe("real document numbers", () => {
  it.each([
    ["167/KH-UBND", { kind: "administrative", number: 167, year: null, type: "KH", issuer: "UBND", unit: null }],
    ["76/NQ-CP", { kind: "administrative", number: 76, year: null, type: "NQ", issuer: "CP", unit: null }],
    ["69/KH-UBND", { kind: "administrative", number: 69, year: null, type: "KH", issuer: "UBND", unit: null }],
    ["1658/NQ-UBTVQH15", { kind: "administrative", number: 1658, year: null, type: "NQ", issuer: "UBTVQH15", unit: null }],
    ["1187/UBND-KTTH", { kind: "letter", number: 1187, year: null, type: null, issuer: "UBND", unit: "KTTH" }],
    ["2231/SNV-CCHC&PC", { kind: "letter", number: 2231, year: null, type: null, issuer: "SNV", unit: "CCHC&PC" }],
    ["1027/CTK-CSCL", { kind: "letter", number: 1027, year: null, type: null, issuer: "CTK", unit: "CSCL" }],
    ["12729/VPCP-KGVX", { kind: "letter", number: 12729, year: null, type: null, issuer: "VPCP", unit: "KGVX" }],
    ["09/2019/NĐ-CP", { kind: "normative", number: 9, year: 2019, type: "NĐ", issuer: "CP", unit: null }],
    ["68/2025/QĐ-UBND", { kind: "normative", number: 68, year: 2025, type: "QĐ", issuer: "UBND", unit: null }],
    ["20/2020/QĐ-TTg", { kind: "normative", number: 20, year: 2020, type: "QĐ", issuer: "TTg", unit: null }],
    ["01/2018/TT-VPCP", { kind: "normative", number: 1, year: 2018, type: "TT", issuer: "VPCP", unit: null }],
    ["202/2025/QH15", { kind: "legislature", number: 202, year: 2025, type: null, issuer: "QH15", unit: null }],
    ["76/2025/UBTVQH15", { kind: "legislature", number: 76, year: 2025, type: null, issuer: "UBTVQH15", unit: null }],
    ["60-NQ/TW", { kind: "party", number: 60, year: null, type: "NQ", issuer: "TW", unit: null }],
    ["397/ĐA-CP", { kind: "administrative", number: 397, year: null, type: "ĐA", issuer: "CP", unit: null }],
    ["396/TTr-CP", { kind: "administrative", number: 396, year: null, type: "TTr", issuer: "CP", unit: null }],
  ])("%s", (text, expected) => {
    const value = parsed(text);
    expect(value).toMatchObject({ ...expected, canonical: text, typeKnown: expected.type !== null, warnings: [] });
  });
});

describe("normalization to one canonical string", () => {
  it.each([
    ["Số: 167/KH-UBND", "167/KH-UBND"],
    ["số 167 / kh - ubnd", "167/KH-UBND"],
    ["  SỐ:  76/nq-cp  ", "76/NQ-CP"],
    ["So: 09/2019/nđ-cp", "09/2019/NĐ-CP"],
    ["9/2019/NĐ-CP", "09/2019/NĐ-CP"],
    ["009/2019/NĐ-CP", "09/2019/NĐ-CP"],
    ["5/qđ-ttg", "05/QĐ-TTg"],
    ["12/qyđ-ubnd", "12/QyĐ-UBND"],
    ["3/ttr-snv", "03/TTr-SNV"],
    ["60 - nq / tw", "60-NQ/TW"],
    ["167\u00A0/\u00A0KH\u2013UBND", "167/KH-UBND"],
    ["167／KH‐UBND", "167/KH-UBND"],
    ["09/2019/NĐ-CP".normalize("NFD"), "09/2019/NĐ-CP"],
    ["Số:\u202F1658/NQ-UBTVQH15", "1658/NQ-UBTVQH15"],
  ])("%j → %s", (input, canonical) => {
    expect(canonicalDocumentNumber(input)).toBe(canonical);
  });
  it("pads numbers below 10 with a leading zero (Phụ lục I, Phần I, mục II, khoản 3, điểm c)", () => {
    expect(formatDocumentNumber({ kind: "administrative", number: 5, year: null, type: "KH", issuer: "UBND", unit: null })).toBe(
      "05/KH-UBND",
    );
    expect(formatDocumentNumber({ kind: "party", number: 5, year: null, type: "CT", issuer: "TW", unit: null })).toBe("05-CT/TW");
  });
});

describe("type table (Phụ lục III, Nghị định 30/2020/NĐ-CP)", () => {
  it("has the 27 administrative types, 3 copy forms, unique codes and QyĐ", () => {
    expect(DOCUMENT_TYPES.filter((t) => t.category === "administrative")).toHaveLength(27);
    expect(DOCUMENT_TYPES.filter((t) => t.category === "copy").map((t) => t.code)).toEqual(["SY", "TrS", "SL"]);
    const rows = DOCUMENT_TYPES.flatMap((t) => (t.row === undefined ? [] : [t.row]));
    expect(rows).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    const upper = DOCUMENT_TYPES.map((t) => t.code.toUpperCase());
    expect(new Set(upper).size).toBe(upper.length);
    expect(documentTypeInfo("qyđ")?.name).toEqual({ vi: "Quy định", en: "Rules" });
    expect(documentTypeInfo("XYZ")).toBeUndefined();
  });
  it("no known issuer collides with a type code (letters vs typed documents stay distinguishable)", () => {
    const types = new Set(DOCUMENT_TYPES.map((t) => t.code.toUpperCase()));
    expect(KNOWN_ISSUERS.filter((i) => types.has(i.toUpperCase()))).toEqual([]);
  });
  it("accepts an unknown type code with a warning, and suggests the diacritic form", () => {
    const v = parsed("18/BCTĐ-STP");
    expect(v).toMatchObject({ type: "BCTĐ", typeKnown: false, issuer: "STP" });
    expect(v.warnings.map((w) => w.code)).toEqual(["docnum.unknown_type"]);
    const q = parsed("12/QD-TTg");
    expect(q.warnings.map((w) => w.code)).toEqual(["docnum.unknown_type", "docnum.type_suggestion"]);
    expect(q.warnings[1]?.message.en).toBe('Did you mean type code "QĐ"?');
    // DA (Dự án) and ĐA (Đề án) both exist: "DA" is taken as written, never "corrected".
    expect(parsed("1/DA-UBND").type).toBe("DA");
  });
});

describe("bad input gets a typed error, never an exception", () => {
  it.each([
    ["", "docnum.empty"],
    ["Số:", "docnum.empty"],
    ["KH-UBND", "docnum.missing_slash"],
    ["167-KH", "docnum.missing_slash"],
    ["167", "docnum.missing_slash"],
    ["12/2019", "docnum.missing_symbol"],
    ["12/", "docnum.missing_symbol"],
    ["0/KH-UBND", "docnum.invalid_number"],
    ["12345678/KH-UBND", "docnum.invalid_number"],
    ["x1/KH-UBND", "docnum.invalid_number"],
    ["9/19/NĐ-CP", "docnum.invalid_year"],
    ["9/1800/NĐ-CP", "docnum.invalid_year"],
    ["1/2/3/4", "docnum.too_many_parts"],
    ["167/KH--UBND", "docnum.empty_segment"],
    ["167/KH-", "docnum.empty_segment"],
    ["167/KH UBND", "docnum.unexpected_space"],
    ["167/KH-UBND;DROP", "docnum.invalid_character"],
    ["167/KH-UB<ND", "docnum.invalid_character"],
  ])("%j → %s", (input, code) => {
    const r = parseDocumentNumber(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.messages.vi.length).toBeGreaterThan(0);
      expect(r.error.messages.en.length).toBeGreaterThan(0);
    }
  });
  it("rejects non-strings and huge inputs", () => {
    expect(parseDocumentNumber(42)).toMatchObject({ ok: false, error: { code: "input.not_string" } });
    expect(parseDocumentNumber(null)).toMatchObject({ ok: false, error: { code: "input.not_string" } });
    expect(parseDocumentNumber("1".repeat(1_000_000))).toMatchObject({ ok: false, error: { code: "input.too_long" } });
  });
  it("never throws on arbitrary strings and always yields a canonical fixed point (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[0-9 /Số:-]{0,30}[A-Za-zĐđ -]{0,20}$/)), (s) => {
        const r = parseDocumentNumber(s);
        if (!r.ok) return typeof r.error.code === "string";
        return canonicalDocumentNumber(r.value.canonical) === r.value.canonical;
      }),
      { numRuns: 3000 },
    );
  });
  it("hostile strings finish quickly (no catastrophic backtracking)", () => {
    const hostile = ["Số" + " ".repeat(190) + "x", "1/" + "-".repeat(195), "1" + "/".repeat(198), "Số:".repeat(66), "9".repeat(199) + "!"];
    const t = performance.now();
    for (const h of hostile) expect(parseDocumentNumber(h).ok).toBe(false);
    expect(performance.now() - t).toBeLessThan(200);
  });
});

// Generators for parse(format(x)) = x.
const typeCodes = DOCUMENT_TYPES.map((t) => t.code);
const upperGroup = fc.stringMatching(/^[A-Z][A-Z0-9&]{0,5}$/).filter((g) => {
  const known = new Set([...typeCodes, ...KNOWN_ISSUERS].map((c) => c.toUpperCase()));
  return !known.has(g) && !/^(?:UBTV)?QH\d{1,2}$/.test(g);
});
const issuerGroup = fc.oneof(fc.constantFrom(...KNOWN_ISSUERS), upperGroup);
const issuer = fc.array(issuerGroup, { minLength: 1, maxLength: 3 }).map((g) => g.join("-"));
const number = fc.integer({ min: 1, max: 9_999_999 });
const year = fc.integer({ min: 1945, max: 2199 });
const base = { year: null, unit: null, typeKnown: true, warnings: [] };

const documentNumberArb: fc.Arbitrary<Omit<DocumentNumber, "canonical">> = fc.oneof(
  fc.record({ number, type: fc.constantFrom(...typeCodes), issuer }).map((v) => ({ ...base, ...v, kind: "administrative" as const })),
  fc.record({ number, year, type: fc.constantFrom(...typeCodes), issuer }).map((v) => ({ ...base, ...v, kind: "normative" as const })),
  fc
    .record({ number, issuer: fc.constantFrom(...KNOWN_ISSUERS), unit: fc.array(issuerGroup, { minLength: 1, maxLength: 2 }) })
    .map((v) => ({ ...base, ...v, unit: v.unit.join("-"), type: null, typeKnown: false, kind: "letter" as const })),
  fc
    .record({ number, year, issuer: fc.integer({ min: 1, max: 16 }).chain((n) => fc.constantFrom(`QH${n}`, `UBTVQH${n}`)) })
    .map((v) => ({ ...base, ...v, type: null, typeKnown: false, kind: "legislature" as const })),
  fc
    .record({ number, type: fc.constantFrom(...typeCodes), issuer: fc.constantFrom("TW", "TU") })
    .map((v) => ({ ...base, ...v, kind: "party" as const })),
);

describe("round trip", () => {
  it("parse(format(x)) equals x for generated document numbers (property)", () => {
    fc.assert(
      fc.property(documentNumberArb, (x) => {
        const text = formatDocumentNumber(x);
        expect(parseDocumentNumber(text)).toEqual({ ok: true, value: { canonical: text, ...x } });
      }),
      { numRuns: 3000 },
    );
  });
  it("NFC and NFD spellings, lower case and 'Số:' prefix parse to the same value (property)", () => {
    fc.assert(
      fc.property(documentNumberArb, (x) => {
        const text = formatDocumentNumber(x);
        const variants = [text.normalize("NFD"), `Số: ${text}`, text.replace(/\//g, " / ")];
        if (x.kind !== "letter" && x.kind !== "legislature") variants.push(text.toLowerCase());
        for (const v of variants) expect(canonicalDocumentNumber(v)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("compare and equality", () => {
  it("sorts numerically within an issuer and puts undated documents first", () => {
    const list = ["167/KH-UBND", "09/2019/NĐ-CP", "9/KH-UBND", "69/KH-UBND"].map(parsed);
    expect(list.sort(compareDocumentNumbers).map((d) => d.canonical)).toEqual([
      "09/KH-UBND",
      "69/KH-UBND",
      "167/KH-UBND",
      "09/2019/NĐ-CP",
    ]);
  });
  it("sameDocumentNumber normalizes both sides", () => {
    expect(sameDocumentNumber("Số: 76/nq-cp", "76/NQ-CP")).toBe(true);
    expect(sameDocumentNumber("76/NQ-CP", "76/NQ-TTg")).toBe(false);
    expect(sameDocumentNumber("garbage", "garbage")).toBe(false);
    expect(isDocumentNumber("60-NQ/TW")).toBe(true);
  });
});

describe("documentNumberSchema (zod)", () => {
  it("outputs the canonical string", () => {
    expect(documentNumberSchema.parse("Số: 167/kh-ubnd")).toBe("167/KH-UBND");
  });
  it("reports the cchc code with Vietnamese and English messages", () => {
    const vi = documentNumberSchema.safeParse("167-KH", { error: zodErrorMap("vi") });
    const en = documentNumberSchema.safeParse("167-KH", { error: zodErrorMap("en") });
    expect(vi.success || toValidationIssues(vi.error.issues, "vi")).toEqual([
      { path: "", code: "docnum.missing_slash", message: 'Thiếu "/" giữa số và ký hiệu: "167-KH".' },
    ]);
    expect(en.success || toValidationIssues(en.error.issues, "en")[0]?.message).toBe(
      'Missing "/" between number and symbol: "167-KH".',
    );
  });
  it("structural errors come from zod's vi/en locales", () => {
    const vi = documentNumberSchema.safeParse(12, { error: zodErrorMap("vi") });
    const en = documentNumberSchema.safeParse(12, { error: zodErrorMap("en") });
    expect(vi.success).toBe(false);
    expect(en.success).toBe(false);
    if (!vi.success && !en.success) {
      expect(vi.error.issues[0]?.code).toBe("invalid_type");
      expect(vi.error.issues[0]?.message).not.toBe(en.error.issues[0]?.message);
      expect(en.error.issues[0]?.message).toMatch(/expected string/i);
    }
  });
});

describe("zodErrorMap plain wording", () => {
  const schema = z.object({ name: z.string().min(1), count: z.number(), code: z.enum(["a", "b", "c", "d", "e", "f", "g"]), tag: z.enum(["x", "y"]) });
  it("says a required field is missing, an empty text is empty, and shortens long code lists", () => {
    const input = { name: "", code: "zz", tag: "q" };
    const vi = schema.safeParse(input, { error: zodErrorMap("vi") });
    const en = schema.safeParse(input, { error: zodErrorMap("en") });
    expect(vi.success || toValidationIssues(vi.error.issues, "vi")).toEqual([
      { path: "/name", code: "too_small", message: "Không được để trống." },
      { path: "/count", code: "invalid_type", message: "Thiếu trường bắt buộc." },
      { path: "/code", code: "invalid_value", message: 'Giá trị "zz" không thuộc 7 giá trị cho phép (ví dụ: "a", "b", "c", …).' },
      { path: "/tag", code: "invalid_value", message: expect.stringContaining('"x"|"y"') },
    ]);
    expect(en.success || toValidationIssues(en.error.issues, "en").map((i) => i.message).slice(0, 3)).toEqual([
      "Must not be empty.",
      "Required field is missing.",
      '"zz" is not one of the 7 allowed values (e.g. "a", "b", "c", …).',
    ]);
  });
  it("says a count must not be negative", () => {
    const count = z.number().check(z.gte(0));
    expect(count.safeParse(-1, { error: zodErrorMap("vi") }).error?.issues[0]?.message).toBe("Không được là số âm.");
    expect(count.safeParse(-1, { error: zodErrorMap("en") }).error?.issues[0]?.message).toBe("Must not be negative.");
    expect(z.number().check(z.gte(5)).safeParse(1, { error: zodErrorMap("en") }).error?.issues[0]?.message).toMatch(/>=5/);
  });
  it("keeps zod's locale for other structural errors (a wrong type that is present)", () => {
    const r = schema.safeParse({ name: "x", count: "7", code: "a", tag: "x" }, { error: zodErrorMap("en") });
    expect(r.success || r.error.issues[0]?.message).toMatch(/expected number/i);
  });
});
