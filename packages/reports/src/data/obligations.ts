/**
 * Which reporting edge of the plan each report schema carries. The obligations themselves (who, to whom,
 * which deadline rule, how sure) are the plan's: `planObligations(bacNinh2026Plan())` of `@cchc/plan`.
 */
import type { Obligation } from "@cchc/deadlines";
import { bacNinh2026Plan, planObligations } from "@cchc/plan";
import type { ReportSchemaId } from "../validate/definition.js";

/**
 * The reporting edge of the 2026 plan (`bacNinh2026Plan().reporting`) behind each report schema:
 * `media-monthly-report` (V.5), `agencies-cchc-report` (V.1), `culture-synthesis-to-chairman` (V.5),
 * `difficulties-escalation` (closing paragraph). Procedure statistics are not a report of the plan
 * (they feed the QĐ 766 indicators), hence `null`.
 *
 * @example
 * ```ts
 * import { REPORT_PLAN_EDGES } from "@cchc/reports";
 *
 * REPORT_PLAN_EDGES["monthly-media-report"]; // => "media-monthly-report"
 * ```
 *
 * @category Rules and data
 */
export const REPORT_PLAN_EDGES: Readonly<Record<ReportSchemaId, string | null>> = {
  "monthly-media-report": "media-monthly-report",
  "agency-communication-report": "agencies-cchc-report",
  "synthesis-report": "culture-synthesis-to-chairman",
  "difficulty-report": "difficulties-escalation",
  "procedure-statistics": null,
};

let byEdge: ReadonlyMap<string, Obligation> | undefined;

/**
 * The plan's obligation behind a report schema, with its deadline rule and how sure the rule is — or
 * `undefined` when the plan sets no deadline for that report. Two have one: the monthly media report
 * ("trước ngày 10 hằng tháng", V.5) and the agencies' report (within the periodic CCHC reports, V.1;
 * the regime's default deadline applies until the province's own is known — UNCONFIRMED). The synthesis
 * and the difficulty reports have no deadline in the plan; pass your own obligation to
 * `reportTimeliness` for them.
 *
 * @param schemaId - The report schema.
 * @returns The obligation, or `undefined`.
 * @example
 * ```ts
 * import { reportObligation } from "@cchc/reports";
 *
 * reportObligation("monthly-media-report")?.rule; // => { kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 }
 * reportObligation("difficulty-report"); // => undefined
 * ```
 *
 * @category Rules and data
 */
export function reportObligation(schemaId: ReportSchemaId): Obligation | undefined {
  const plan = bacNinh2026Plan();
  byEdge ??= new Map(planObligations(plan).map((o) => [o.id, o]));
  const edge = REPORT_PLAN_EDGES[schemaId];
  return edge === null || edge === undefined ? undefined : byEdge.get(`${plan.id}.${edge}`);
}
