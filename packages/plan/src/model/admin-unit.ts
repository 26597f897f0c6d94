import { z } from "zod";
import { citationSchema } from "@cchc/core";
import { isoDateSchema } from "./common.js";

/**
 * The kinds of commune-level unit after 1 July 2025: `xa` (xã, rural commune), `phuong` (phường, urban
 * ward) and `dac-khu` (đặc khu, special zone — none in Bắc Ninh).
 *
 * @example
 * ```ts
 * import { COMMUNE_KINDS } from "@cchc/plan";
 *
 * COMMUNE_KINDS; // => ["xa", "phuong", "dac-khu"]
 * ```
 *
 * @category Plan model
 */
export const COMMUNE_KINDS = ["xa", "phuong", "dac-khu"] as const;

/**
 * One of {@link COMMUNE_KINDS}.
 *
 * @example
 * ```ts
 * import type { CommuneKind } from "@cchc/plan";
 *
 * const k: CommuneKind = "phuong";
 * ```
 *
 * @category Plan model
 */
export type CommuneKind = (typeof COMMUNE_KINDS)[number];

/**
 * A zod schema for a commune-level administrative unit: its 5-digit statistical code (mã đơn vị hành
 * chính), kind, name without the kind word ("Kinh Bắc"), full official name ("Phường Kinh Bắc"), the
 * 2-digit province code, and optionally the former province its parts came from.
 *
 * @example
 * ```ts
 * import { communeSchema } from "@cchc/plan";
 *
 * communeSchema.parse({ code: "09187", kind: "phuong", name: "Kinh Bắc", fullName: "Phường Kinh Bắc", provinceCode: "24", formerProvince: "BN" });
 * ```
 *
 * @category Plan model
 */
export const communeSchema = /* @__PURE__ */ (() =>
  z.object({
    code: z.string().regex(/^\d{5}$/),
    kind: z.enum(COMMUNE_KINDS),
    name: z.string().min(1),
    fullName: z.string().min(1),
    provinceCode: z.string().regex(/^\d{2}$/),
    formerProvince: z.string().min(1).optional(),
  }))();

/**
 * A commune-level unit (xã, phường, đặc khu), see {@link communeSchema}.
 *
 * @example
 * ```ts
 * import type { Commune } from "@cchc/plan";
 *
 * const c: Commune = { code: "07663", kind: "xa", name: "Tuấn Đạo", fullName: "Xã Tuấn Đạo", provinceCode: "24" };
 * ```
 *
 * @category Plan model
 */
export type Commune = z.infer<typeof communeSchema>;

/**
 * A zod schema for a province's administrative-unit register: the province code and name, the list of
 * its commune-level units, the date the list took effect, and its provenance (the official letter that
 * assigned the codes, the resolution that created the units, the dataset they were read from).
 *
 * @example
 * ```ts
 * import { adminUnitRegisterSchema } from "@cchc/plan";
 *
 * adminUnitRegisterSchema.parse({
 *   provinceCode: "24",
 *   provinceName: "Tỉnh Bắc Ninh",
 *   effectiveFrom: "2025-07-01",
 *   lastVerified: "2026-01-15",
 *   communes: [{ code: "07663", kind: "xa", name: "Tuấn Đạo", fullName: "Xã Tuấn Đạo", provinceCode: "24" }],
 *   provenance: [{ document: "1027/CTK-CSCL", issuer: "Cục Thống kê", date: "2025-06-25", confidence: "VERIFIED" }],
 * });
 * ```
 *
 * @category Plan model
 */
export const adminUnitRegisterSchema = /* @__PURE__ */ (() =>
  z.object({
    provinceCode: z.string().regex(/^\d{2}$/),
    provinceName: z.string().min(1),
    effectiveFrom: isoDateSchema,
    lastVerified: isoDateSchema,
    communes: z.array(communeSchema),
    provenance: z.array(citationSchema).min(1),
  }))();

/**
 * A province's commune-level units with their provenance (see {@link adminUnitRegisterSchema}).
 *
 * @example
 * ```ts
 * import type { AdminUnitRegister } from "@cchc/plan";
 *
 * const r: AdminUnitRegister = { provinceCode: "24", provinceName: "Tỉnh Bắc Ninh", effectiveFrom: "2025-07-01", lastVerified: "2026-01-15", communes: [], provenance: [{ confidence: "VERIFIED" }] };
 * ```
 *
 * @category Plan model
 */
export type AdminUnitRegister = z.infer<typeof adminUnitRegisterSchema>;
