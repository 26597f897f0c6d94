import { labelText } from "@cchc/core";
import type { Obligation, Party } from "@cchc/deadlines";
import type { Plan } from "../model/plan.js";
import type { ReportingEdge } from "../model/reporting.js";

function party(plan: Plan, id: string): Party {
  const actor = plan.actors.find((a) => a.id === id);
  return { id, name: actor ? actor.name : { vi: id, en: id } };
}

/**
 * The reporting edges of a plan that carry a schedule, as obligations of `@cchc/deadlines` (who, what, to
 * whom and in copy, the rule, how often, the source clause), ready to be scheduled, evaluated on a
 * calendar or exported. Edges without a stated deadline (a synthesis, an escalation "when difficulties
 * arise") are not obligations with dates and are left out; {@link reportingGraph} lists them all.
 *
 * @param plan - The plan.
 * @returns One obligation per scheduled edge, ids prefixed with the plan id.
 * @example
 * ```ts
 * import { bacNinh2026Plan, planObligations } from "@cchc/plan";
 *
 * planObligations(bacNinh2026Plan()).map((o) => [o.id, o.periodKind]);
 * // => [["bac-ninh-2026.media-monthly-report", "month"], ["bac-ninh-2026.agencies-cchc-report", "cchc-cycle"]]
 * ```
 *
 * @category Queries
 */
export function planObligations(plan: Plan): Obligation[] {
  return plan.reporting.flatMap((edge: ReportingEdge): Obligation[] => {
    if (!edge.schedule) return [];
    const clause = edge.source[0];
    return [
      {
        id: `${plan.id}.${edge.id}`.toLowerCase(),
        who: edge.from.map((id) => party(plan, id)),
        what: edge.what,
        to: edge.to.map((id) => party(plan, id)),
        ...(edge.copy.length > 0 ? { copyTo: edge.copy.map((id) => party(plan, id)) } : {}),
        rule: edge.schedule.rule,
        periodKind: edge.schedule.periodKind,
        source: {
          title: labelText(plan.metadata.title),
          ...(plan.metadata.number ? { document: plan.metadata.number } : {}),
          ...(clause ? { clause } : {}),
          quote: edge.timing.vi,
          confidence: edge.schedule.confidence,
          note: edge.schedule.note.en,
        },
        ...(edge.embeddedIn ? { embeddedIn: edge.embeddedIn } : {}),
      },
    ];
  });
}
