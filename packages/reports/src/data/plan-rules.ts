import type { Label } from "@cchc/core";
import type { ReportPlanRuleCode } from "../messages/plan-rules.js";
import type { ReportSchemaId } from "../validate/definition.js";

/**
 * A rule the plan sets on a report beyond its shape: who owes it (the sender must be a sender of the
 * report's edge in the plan's reporting graph) and, for the synthesis, to whom it goes. The validators
 * of the main entry (`validateReport`, the registry entries that `cchc validate` and the example API
 * use) check these against Bắc Ninh's 2026 plan by default; `{ plan: false }` (`cchc validate
 * --shape-only`) checks the shape alone, and `{ plan }` checks against another plan with the same edge
 * ids. The JSON Schema files and the per-report entry points (`@cchc/reports/<id>`) check the shape alone.
 *
 * @example
 * ```ts
 * import type { PlanRule } from "@cchc/reports";
 *
 * const rule: PlanRule = {
 *   schemaId: "difficulty-report",
 *   code: "report.sender_not_obliged",
 *   path: "/from/actor",
 *   edge: "difficulties-escalation",
 *   role: "from",
 *   description: { vi: "Đơn vị gửi có khó khăn, vướng mắc để phản ánh.", en: "The sender may raise difficulties." },
 * };
 * ```
 *
 * @category Plan rules
 */
export interface PlanRule {
  /** The schema the rule belongs to. */
  readonly schemaId: ReportSchemaId;
  /** The issue code a violation is reported with. */
  readonly code: ReportPlanRuleCode;
  /** Where a violation is reported (JSON Pointer, `*` for every array item). */
  readonly path: string;
  /** The reporting edge of the plan (`bacNinh2026Plan().reporting`) the rule reads. */
  readonly edge: string;
  /** Whether the value at `path` must be a sender (`"from"`) or a recipient (`"to"`) of the edge. */
  readonly role: "from" | "to";
  /** What the rule requires. */
  readonly description: Label;
}

const sender = (schemaId: ReportSchemaId, path: string, edge: string, vi: string, en: string): PlanRule => ({
  schemaId,
  code: "report.sender_not_obliged",
  path,
  edge,
  role: "from",
  description: { vi, en },
});

/**
 * Every rule of the plan the main entry's validators check (see {@link PlanRule}), as data: the guides
 * print it. Procedure statistics are no report of the plan and have none. A sender "owes" an edge when
 * it, or a group it belongs to (`actorAndGroups` of `@cchc/plan`), is among the edge's senders — so
 * `so-y-te` sends the agencies' report as a member of `co-quan-thuoc-ubnd-tinh`.
 *
 * @example
 * ```ts
 * import { PLAN_RULES } from "@cchc/reports";
 *
 * PLAN_RULES.filter((r) => r.schemaId === "monthly-media-report").map((r) => [r.path, r.edge]);
 * // => [["/unit/actor", "media-monthly-report"]]
 * ```
 *
 * @category Plan rules
 */
export const PLAN_RULES: readonly PlanRule[] = [
  sender(
    "monthly-media-report",
    "/unit/actor",
    "media-monthly-report",
    "Chỉ Báo và Phát thanh, Truyền hình Bắc Ninh gửi báo cáo kết quả tuyên truyền hằng tháng (mục V.5).",
    "Only Báo và Phát thanh, Truyền hình Bắc Ninh sends the monthly media report (V.5).",
  ),
  sender(
    "agency-communication-report",
    "/agency/actor",
    "agencies-cchc-report",
    "Chỉ các cơ quan, đơn vị thuộc UBND tỉnh và Công an tỉnh, Bưu điện tỉnh, Thuế tỉnh, Bảo hiểm xã hội tỉnh, Công ty Điện lực tỉnh gửi báo cáo này (mục V.1).",
    "Only the agencies under the PPC and the provincial Police, Post, Tax, Social Insurance and Power Company send this report (V.1).",
  ),
  sender(
    "synthesis-report",
    "/author/actor",
    "culture-synthesis-to-chairman",
    "Sở Văn hóa, Thể thao và Du lịch tổng hợp, báo cáo và tham mưu (mục V.5).",
    "Sở Văn hóa, Thể thao và Du lịch compiles the synthesis and the advice (V.5).",
  ),
  {
    schemaId: "synthesis-report",
    code: "report.recipient_not_obliged",
    path: "/recipient",
    edge: "culture-synthesis-to-chairman",
    role: "to",
    description: { vi: "Báo cáo tổng hợp gửi Chủ tịch UBND tỉnh (mục V.5).", en: "The synthesis goes to the Chairman of the PPC (V.5)." },
  },
  sender(
    "synthesis-report",
    "/sources/*/unit/actor",
    "media-monthly-report",
    "Báo cáo nguồn loại monthly-media-report đến từ đơn vị gửi báo cáo tháng (mục V.5).",
    "A source of schemaId monthly-media-report comes from a sender of the monthly media report (V.5).",
  ),
  sender(
    "synthesis-report",
    "/sources/*/unit/actor",
    "agencies-cchc-report",
    "Báo cáo nguồn loại agency-communication-report đến từ cơ quan có nghĩa vụ gửi báo cáo đó (mục V.1).",
    "A source of schemaId agency-communication-report comes from a sender of the agencies' report (V.1).",
  ),
  sender(
    "synthesis-report",
    "/sources/*/unit/actor",
    "difficulties-escalation",
    "Báo cáo nguồn loại difficulty-report đến từ cơ quan, đơn vị, địa phương (đoạn kết).",
    "A source of schemaId difficulty-report comes from an agency, unit or locality (closing paragraph).",
  ),
  sender(
    "difficulty-report",
    "/from/actor",
    "difficulties-escalation",
    "Các cơ quan, đơn vị, địa phương phản ánh khó khăn, vướng mắc về Sở Văn hóa, Thể thao và Du lịch (đoạn kết).",
    "Agencies, units and localities raise their difficulties with Sở Văn hóa, Thể thao và Du lịch (closing paragraph).",
  ),
];
