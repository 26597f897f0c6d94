import { z } from "zod";
import { labelSchema } from "@cchc/core";
import { isoDateSchema, planIdSchema, sourceClausesSchema } from "./common.js";

/**
 * Signing-authority prefixes of Nghị định 30/2020/NĐ-CP: `TM.` (on behalf of a collective), `KT.`
 * (deputy signing for the head, ký thay), `TL.` (by order, thừa lệnh), `TUQ.` (by authorisation, thừa ủy
 * quyền), `Q.` (acting head); `none` when the head signs in person.
 *
 * @example
 * ```ts
 * import { SIGNING_PREFIXES } from "@cchc/plan";
 *
 * SIGNING_PREFIXES.includes("KT."); // => true
 * ```
 *
 * @category Plan model
 */
export const SIGNING_PREFIXES = ["TM.", "KT.", "TL.", "TUQ.", "Q.", "none"] as const;

/**
 * One of {@link SIGNING_PREFIXES}.
 *
 * @example
 * ```ts
 * import type { SigningPrefix } from "@cchc/plan";
 *
 * const kt: SigningPrefix = "KT.";
 * ```
 *
 * @category Plan model
 */
export type SigningPrefix = (typeof SIGNING_PREFIXES)[number];

/**
 * A zod schema for the signature block: the authority prefix, the title signed for (`"CHỦ TỊCH"`), the
 * signer's own title (`"PHÓ CHỦ TỊCH"`) and name, as printed.
 *
 * @example
 * ```ts
 * import { signatureSchema } from "@cchc/plan";
 *
 * signatureSchema.parse({ prefix: "KT.", authorityTitle: "CHỦ TỊCH", signerTitle: "PHÓ CHỦ TỊCH", signerName: "Mai Sơn" });
 * ```
 *
 * @category Plan model
 */
export const signatureSchema = /* @__PURE__ */ (() =>
  z.object({
    prefix: z.enum(SIGNING_PREFIXES),
    authorityTitle: z.string().min(1),
    signerTitle: z.string().min(1),
    signerName: z.string().min(1),
  }))();

/**
 * The signature block of a plan (see {@link signatureSchema}).
 *
 * @example
 * ```ts
 * import type { Signature } from "@cchc/plan";
 *
 * const s: Signature = { prefix: "KT.", authorityTitle: "CHỦ TỊCH", signerTitle: "PHÓ CHỦ TỊCH", signerName: "Mai Sơn" };
 * ```
 *
 * @category Plan model
 */
export type Signature = z.infer<typeof signatureSchema>;

/**
 * Why a recipient is on the distribution list: `recipient` (to know and carry out) or `archive` (lưu:
 * the records office and the drafting division keep a copy).
 *
 * @example
 * ```ts
 * import { DISTRIBUTION_PURPOSES } from "@cchc/plan";
 *
 * DISTRIBUTION_PURPOSES; // => ["recipient", "archive"]
 * ```
 *
 * @category Plan model
 */
export const DISTRIBUTION_PURPOSES = ["recipient", "archive"] as const;

/**
 * A zod schema for one line of the distribution list (nơi nhận): the line as printed, the actors it
 * names, and its purpose.
 *
 * @example
 * ```ts
 * import { distributionEntrySchema } from "@cchc/plan";
 *
 * distributionEntrySchema.parse({ text: "Bộ Nội vụ", recipients: ["bo-noi-vu"], purpose: "recipient" });
 * ```
 *
 * @category Plan model
 */
export const distributionEntrySchema = /* @__PURE__ */ (() =>
  z.object({
    text: z.string().min(1),
    recipients: z.array(planIdSchema).min(1),
    purpose: z.enum(DISTRIBUTION_PURPOSES),
  }))();

/**
 * One line of a plan's distribution list (see {@link distributionEntrySchema}).
 *
 * @example
 * ```ts
 * import type { DistributionEntry } from "@cchc/plan";
 *
 * const e: DistributionEntry = { text: "Lưu: VT, KGVX.", recipients: ["vpubnd-vt", "vpubnd-kgvx"], purpose: "archive" };
 * ```
 *
 * @category Plan model
 */
export type DistributionEntry = z.infer<typeof distributionEntrySchema>;

/**
 * A zod schema for a plan's metadata: its title, year and the period it covers, the issuing body and the
 * body whose head authors it (actor ids), the province (statistical code and name), its own document
 * number and date — **optional**, since a copy may lack its header, as the Bắc Ninh 2026 source text does
 * — the signature block and the distribution list (nơi nhận).
 *
 * @example
 * ```ts
 * import { planMetadataSchema } from "@cchc/plan";
 *
 * planMetadataSchema.parse({
 *   title: { vi: "Kế hoạch tuyên truyền CCHC năm 2027", en: "2027 CCHC communication plan" },
 *   year: 2027,
 *   period: { from: "2027-01-01", to: "2027-12-31" },
 *   issuer: "ubnd-tinh",
 *   author: "chu-tich-ubnd-tinh",
 *   province: { code: "24", name: "Tỉnh Bắc Ninh" },
 *   signature: { prefix: "KT.", authorityTitle: "CHỦ TỊCH", signerTitle: "PHÓ CHỦ TỊCH", signerName: "Nguyễn Văn A" },
 *   distribution: [{ text: "Bộ Nội vụ", recipients: ["bo-noi-vu"], purpose: "recipient" }],
 *   source: ["signature"],
 * });
 * ```
 *
 * @category Plan model
 */
export const planMetadataSchema = /* @__PURE__ */ (() =>
  z.object({
    title: labelSchema,
    year: z.int().min(1945).max(2199),
    period: z.object({ from: isoDateSchema, to: isoDateSchema }),
    issuer: planIdSchema,
    author: planIdSchema.optional(),
    province: z.object({ code: z.string().regex(/^\d{2}$/), name: z.string().min(1) }),
    number: z.string().min(1).optional(),
    date: isoDateSchema.optional(),
    signature: signatureSchema,
    distribution: z.array(distributionEntrySchema),
    source: sourceClausesSchema,
  }))();

/**
 * A plan's metadata (see {@link planMetadataSchema}).
 *
 * @example
 * ```ts
 * import type { PlanMetadata } from "@cchc/plan";
 *
 * function heading(m: PlanMetadata): string {
 *   return m.number ? `${m.title.vi} (số ${m.number})` : m.title.vi;
 * }
 * ```
 *
 * @category Plan model
 */
export type PlanMetadata = z.infer<typeof planMetadataSchema>;
