import { z } from "zod";
import { labelSchema } from "@cchc/core";
import { planIdSchema, sourceClausesSchema } from "./common.js";

/**
 * What a duty asks, in a small closed vocabulary that makes duties comparable across plans:
 * - `inform` — communicate, publish on a portal or in the press (thông tin, tuyên truyền, đăng tải);
 * - `post` — post procedures and feedback channels publicly (niêm yết công khai);
 * - `brief` — brief the agency's own staff (quán triệt);
 * - `provide` — supply documents, data or information to someone (cung cấp);
 * - `integrate` — combine with other work (lồng ghép);
 * - `report` — send a report (báo cáo);
 * - `direct` — direct or guide others (chỉ đạo, định hướng);
 * - `implement` — organise the communication work itself (tổ chức triển khai);
 * - `inspect` — inspect (kiểm tra);
 * - `monitor` — follow, urge, evaluate (theo dõi, đôn đốc, đánh giá);
 * - `synthesise` — compile others' results (tổng hợp);
 * - `propose` — propose improvements or adjustments (đề xuất);
 * - `verify` — review and verify information (rà soát, kiểm chứng);
 * - `maintain` — build and keep up sections, pages, programmes (xây dựng, duy trì, cập nhật);
 * - `advise` — advise a leader (tham mưu);
 * - `escalate` — raise difficulties (phản ánh khó khăn, vướng mắc).
 *
 * @example
 * ```ts
 * import { DUTY_KINDS } from "@cchc/plan";
 *
 * DUTY_KINDS.includes("escalate"); // => true
 * ```
 *
 * @category Plan model
 */
export const DUTY_KINDS = [
  "inform",
  "post",
  "brief",
  "provide",
  "integrate",
  "report",
  "direct",
  "implement",
  "inspect",
  "monitor",
  "synthesise",
  "propose",
  "verify",
  "maintain",
  "advise",
  "escalate",
] as const;

/**
 * One of {@link DUTY_KINDS}.
 *
 * @example
 * ```ts
 * import type { DutyKind } from "@cchc/plan";
 *
 * const k: DutyKind = "report";
 * ```
 *
 * @category Plan model
 */
export type DutyKind = (typeof DUTY_KINDS)[number];

/**
 * A zod schema for one duty of one or more actors: who owes it (`actors`), what it is (`kinds`, and the
 * duty itself in `duty.vi` verbatim from the plan with an English reading), with whom it is done
 * (`partners`, "phối hợp với" — each pair is a coordination edge), whom it is aimed at (`addressees`:
 * the bodies directed, informed or supplied), and the channels, topics, legal bases and reporting edge it
 * involves. `source` lists the clauses it encodes.
 *
 * @example
 * ```ts
 * import { responsibilitySchema } from "@cchc/plan";
 *
 * responsibilitySchema.parse({
 *   id: "V.4.a",
 *   actors: ["van-phong-ubnd-tinh"],
 *   kinds: ["direct"],
 *   duty: { vi: "Chỉ đạo công tác tuyên truyền về CCHC nhà nước trên Cổng TTĐT tỉnh", en: "Direct CCHC communication on the provincial portal" },
 *   partners: [],
 *   addressees: [],
 *   channels: ["F1.portal.province"],
 *   topics: [],
 *   legalBases: [],
 *   source: ["V.4"],
 * });
 * ```
 *
 * @category Plan model
 */
export const responsibilitySchema = /* @__PURE__ */ (() =>
  z.object({
    id: planIdSchema,
    actors: z.array(planIdSchema).min(1),
    kinds: z.array(z.enum(DUTY_KINDS)).min(1),
    duty: labelSchema,
    partners: z.array(planIdSchema),
    addressees: z.array(planIdSchema),
    channels: z.array(planIdSchema),
    topics: z.array(planIdSchema),
    legalBases: z.array(planIdSchema),
    reporting: planIdSchema.optional(),
    source: sourceClausesSchema,
  }))();

/**
 * One duty of a plan (see {@link responsibilitySchema}).
 *
 * @example
 * ```ts
 * import type { Responsibility } from "@cchc/plan";
 *
 * function owes(r: Responsibility, actor: string): boolean {
 *   return r.actors.includes(actor);
 * }
 * ```
 *
 * @category Plan model
 */
export type Responsibility = z.infer<typeof responsibilitySchema>;
