import type { Citation } from "@cchc/core";
import type { AdminUnitRegister, Commune, CommuneKind } from "../model/admin-unit.js";
import { BAC_NINH_COMMUNE_ROWS } from "./commune-rows.js";

/**
 * The statistical code of Bắc Ninh province after the 2025 merger: `"24"` (the former Bắc Giang code;
 * former Bắc Ninh was 27), per Công văn 915/CTK-CSCL.
 *
 * @example
 * ```ts
 * import { BAC_NINH_PROVINCE_CODE } from "@cchc/plan";
 *
 * BAC_NINH_PROVINCE_CODE; // => "24"
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const BAC_NINH_PROVINCE_CODE = "24";

/**
 * Where the commune list comes from: the letter that assigned the codes, the resolution that created the
 * units, the letter that assigned the province code, and the dataset they were read from.
 *
 * @example
 * ```ts
 * import { BAC_NINH_ADMIN_UNITS_PROVENANCE } from "@cchc/plan";
 *
 * BAC_NINH_ADMIN_UNITS_PROVENANCE[0]?.document; // => "1027/CTK-CSCL"
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const BAC_NINH_ADMIN_UNITS_PROVENANCE: readonly Citation[] = [
  {
    document: "1027/CTK-CSCL",
    title: "Danh mục và mã số các đơn vị hành chính cấp xã (Phụ lục I), rows 775–873",
    issuer: "Cục Thống kê",
    date: "2025-06-25",
    confidence: "VERIFIED",
    note: "Read from dvhcvn/20250701 input/docs/1027_CTK-CSCL.md (converted from the official PDF); 99 rows, 66 xã and 33 phường, no duplicate codes.",
  },
  {
    document: "1658/NQ-UBTVQH15",
    title: "Nghị quyết về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Bắc Ninh năm 2025",
    issuer: "Ủy ban Thường vụ Quốc hội",
    date: "2025-06-16",
    article: "1",
    confidence: "VERIFIED",
    note: "99 units: 65 xã and 33 phường newly formed, plus xã Tuấn Đạo not rearranged.",
  },
  {
    document: "915/CTK-CSCL",
    title: "Mã số đơn vị hành chính cấp tỉnh (province code 24)",
    issuer: "Cục Thống kê",
    confidence: "VERIFIED",
    note: "Read from dvhcvn/20250701 input/docs/915_CTK-CSCL.csv.",
  },
  {
    title: "dvhcvn/20250701 (dataset)",
    url: "https://github.com/dvhcvn/20250701/tree/dd94887ce32324380bc5bb0a76fe39867dafc73b",
    date: "2025-07-12",
    confidence: "SECONDARY",
    note: "The former province of each unit (BG/BN) is INFERRED from the code range (07xxx former Bắc Giang, 09xxx former Bắc Ninh).",
  },
];

const KIND_PREFIXES: readonly (readonly [prefix: string, kind: CommuneKind])[] = [
  ["Xã ", "xa"],
  ["Phường ", "phuong"],
  ["Đặc khu ", "dac-khu"],
];

function toCommune([code, fullName]: readonly [string, string]): Commune {
  const [prefix, kind] = KIND_PREFIXES.find(([p]) => fullName.startsWith(p)) ?? ["", "xa"];
  return {
    code,
    kind,
    name: fullName.slice(prefix.length),
    fullName,
    provinceCode: BAC_NINH_PROVINCE_CODE,
    formerProvince: code.startsWith("09") ? "BN" : "BG",
  };
}

let register: AdminUnitRegister | undefined;

/**
 * Bắc Ninh's administrative-unit register: province code 24 and its 99 commune-level units (66 xã,
 * 33 phường) in the official order of Công văn 1027/CTK-CSCL, effective 2025-07-01, with provenance.
 * Built on first call and cached.
 *
 * @returns The register (the same object on every call; do not mutate it).
 * @example
 * ```ts
 * import { bacNinhAdminUnits } from "@cchc/plan";
 *
 * const units = bacNinhAdminUnits();
 * units.communes.length; // => 99
 * units.communes.filter((c) => c.kind === "phuong").length; // => 33
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export function bacNinhAdminUnits(): AdminUnitRegister {
  register ??= {
    provinceCode: BAC_NINH_PROVINCE_CODE,
    provinceName: "Tỉnh Bắc Ninh",
    effectiveFrom: "2025-07-01",
    lastVerified: "2025-07-12",
    communes: BAC_NINH_COMMUNE_ROWS.map(toCommune),
    provenance: [...BAC_NINH_ADMIN_UNITS_PROVENANCE],
  };
  return register;
}
