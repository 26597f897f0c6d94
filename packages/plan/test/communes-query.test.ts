import fc from "fast-check";
import { foldKey } from "@cchc/core";
import { bacNinhAdminUnits, bacNinhCommune, findCommune, MAX_COMMUNE_QUERY_LENGTH } from "@cchc/plan";
import { describe, expect, it } from "vitest";

// Vectors from ../shared/domain/indices-identifiers-units.md §4 (Công văn 1027/CTK-CSCL, Phụ lục I).
const units = bacNinhAdminUnits();

function code(query: string | number): string {
  const r = bacNinhCommune(query);
  return r.ok ? r.value.code : r.error.code;
}

describe("commune by code", () => {
  it("finds a unit by its 5-digit code, or with the leading zero dropped, as a string or a number", () => {
    expect(code("09187")).toBe("09187");
    expect(code("7663")).toBe("07663");
    expect(code(7663)).toBe("07663");
    expect(code(" 07228 ")).toBe("07228");
  });
  it("rejects codes that cannot be commune codes, and unknown codes", () => {
    expect(code("123456")).toBe("plan.commune_bad_code");
    expect(code(-1)).toBe("plan.commune_bad_code");
    expect(code(1.5)).toBe("plan.commune_bad_code");
    expect(code(Number.NaN)).toBe("plan.commune_bad_code");
    expect(code("00001")).toBe("plan.commune_code_not_found");
  });
});

describe("commune by name, typed any way", () => {
  const kinhBac = ["Phường Kinh Bắc", "Phường Kinh Bắc".normalize("NFD"), "P. Kinh Bắc", "P.Kinh Bắc", "phường kinh bac", "PHUONG KINH BAC", "Kinh Bắc", "kinh bac", "Phường Kinh Bắc, tỉnh Bắc Ninh", "p kinh bac"];
  it.each(kinhBac)("%j → 09187", (q) => expect(code(q)).toBe("09187"));
  it("finds Xã Tuấn Đạo, the one unit not rearranged (NQ 1658/NQ-UBTVQH15)", () => {
    for (const q of ["Xã Tuấn Đạo", "xa tuan dao", "X. Tuấn Đạo", "TUẤN ĐẠO", "Tuấn Đạo".normalize("NFD")]) expect(code(q), q).toBe("07663");
  });
  it("honours the kind word: a xã name asked for as a phường is not found", () => {
    expect(code("Phường Tuấn Đạo")).toBe("plan.commune_name_not_found");
    expect(code("Xã Kinh Bắc")).toBe("plan.commune_name_not_found");
  });
  it("finds every one of the 99 units by full name, NFD name, folded name and code (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...units.communes), fc.constantFrom("full", "nfd", "folded", "upper", "bare"), (c, how) => {
        const q = how === "full" ? c.fullName : how === "nfd" ? c.fullName.normalize("NFD") : how === "folded" ? foldKey(c.fullName) : how === "upper" ? c.fullName.toUpperCase() : c.name;
        const r = findCommune(units, q);
        return r.ok && r.value.code === c.code;
      }),
      { numRuns: 500 },
    );
  });
  it("reports an ambiguous name shared by a xã and a phường unless the kind word says which", () => {
    const register = {
      ...units,
      communes: [
        { code: "99001", kind: "xa" as const, name: "Đông Hòa", fullName: "Xã Đông Hòa", provinceCode: "24" },
        { code: "99002", kind: "phuong" as const, name: "Đông Hòa", fullName: "Phường Đông Hòa", provinceCode: "24" },
      ],
    };
    const r = findCommune(register, "dong hoa");
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("plan.commune_ambiguous");
      expect(r.error.localized("en")).toContain("Phường Đông Hòa (99002)");
    }
    const p = findCommune(register, "P. Đông Hòa");
    expect(p.ok && p.value.code).toBe("99002");
  });
  it("fails with typed errors on empty, unknown and huge input", () => {
    expect(code("")).toBe("plan.commune_empty");
    expect(code("   ")).toBe("plan.commune_empty");
    expect(code("Phường Hoàn Kiếm")).toBe("plan.commune_name_not_found");
    expect(code("x".repeat(MAX_COMMUNE_QUERY_LENGTH + 1))).toBe("plan.input_too_long");
    expect(code("__proto__")).toBe("plan.commune_name_not_found");
  });
  it("has no two units whose names fold to the same key", () => {
    const keys = units.communes.map((c) => foldKey(c.name));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
