import { isNfc } from "@cchc/core";
import { adminUnitRegisterSchema, BAC_NINH_COMMUNE_ROWS, BAC_NINH_PROVINCE_CODE, bacNinhAdminUnits, communeSchema } from "@cchc/plan";
import { describe, expect, it } from "vitest";

// Source of every vector here: ../shared/domain/indices-identifiers-units.md §4 (Công văn 1027/CTK-CSCL,
// Phụ lục I, rows 775–873; NQ 1658/NQ-UBTVQH15 Điều 1; Công văn 915/CTK-CSCL for province code 24).
describe("Bắc Ninh's 99 commune-level units", () => {
  const units = bacNinhAdminUnits();

  it("are 99: 66 xã and 33 phường, with unique 5-digit codes, in province 24", () => {
    expect(units.communes).toHaveLength(99);
    expect(units.communes.filter((c) => c.kind === "xa")).toHaveLength(66);
    expect(units.communes.filter((c) => c.kind === "phuong")).toHaveLength(33);
    expect(new Set(units.communes.map((c) => c.code)).size).toBe(99);
    expect(BAC_NINH_PROVINCE_CODE).toBe("24");
    for (const c of units.communes) expect(c.provinceCode).toBe("24");
  });
  it("validate against the model, with NFC names and full name = kind word + name", () => {
    expect(adminUnitRegisterSchema.safeParse(units).success).toBe(true);
    for (const c of units.communes) {
      expect(communeSchema.safeParse(c).success, c.code).toBe(true);
      expect(isNfc(c.fullName), c.code).toBe(true);
      expect(c.fullName).toBe(`${c.kind === "xa" ? "Xã" : "Phường"} ${c.name}`);
    }
  });
  it("keep the official order and spot-checked codes of Công văn 1027", () => {
    expect(BAC_NINH_COMMUNE_ROWS[0]).toEqual(["07627", "Xã Đại Sơn"]);
    expect(BAC_NINH_COMMUNE_ROWS[49]).toEqual(["07735", "Xã Đồng Việt"]);
    expect(BAC_NINH_COMMUNE_ROWS[50]).toEqual(["07210", "Phường Bắc Giang"]);
    expect(BAC_NINH_COMMUNE_ROWS[98]).toEqual(["07663", "Xã Tuấn Đạo"]);
    const byCode = new Map(units.communes.map((c) => [c.code, c]));
    expect(byCode.get("09187")?.fullName).toBe("Phường Kinh Bắc");
    expect(byCode.get("09385")?.fullName).toBe("Phường Đồng Nguyên");
    expect(byCode.get("07228")?.fullName).toBe("Phường Đa Mai");
  });
  it("split 58 former Bắc Giang / 41 former Bắc Ninh by code range (INFERRED in the facts file)", () => {
    const bg = units.communes.filter((c) => c.formerProvince === "BG");
    const bn = units.communes.filter((c) => c.formerProvince === "BN");
    expect([bg.length, bn.length]).toEqual([58, 41]);
    expect([bg.filter((c) => c.kind === "xa").length, bn.filter((c) => c.kind === "xa").length]).toEqual([45, 21]);
  });
  it("carry their provenance and take effect on 2025-07-01", () => {
    expect(units.effectiveFrom).toBe("2025-07-01");
    expect(units.provenance.map((p) => p.document)).toContain("1027/CTK-CSCL");
    expect(units.provenance.map((p) => p.document)).toContain("1658/NQ-UBTVQH15");
  });
  it("is built once and cached", () => {
    expect(bacNinhAdminUnits()).toBe(units);
  });
});
