import { DEFAULT_LANG, err, labelText, makeError, ok, type Lang, type Result } from "@cchc/core";
import type { Plan } from "../model/plan.js";
import type { ReportingEdge } from "../model/reporting.js";
import { planMessages } from "../messages.js";
import { actorAndGroups } from "./membership.js";

/**
 * One arc of the reporting graph: a sender, a recipient (`role: "to"`) or a copy recipient
 * (`role: "copy"`), and the reporting edge it comes from.
 *
 * @example
 * ```ts
 * import type { ReportingArc } from "@cchc/plan";
 *
 * const arc: ReportingArc = { from: "bao-ptth-bac-ninh", to: "so-vhttdl", role: "to", edge: "media-monthly-report" };
 * ```
 *
 * @category Queries
 */
export interface ReportingArc {
  /** The sender's actor id. */
  readonly from: string;
  /** The recipient's actor id. */
  readonly to: string;
  /** Recipient (`"to"`) or in copy (`"copy"`, đồng gửi). */
  readonly role: "to" | "copy";
  /** The reporting edge's id. */
  readonly edge: string;
}

/**
 * Who reports to whom: every (sender, recipient) arc of every reporting edge, copies included, in the
 * plan's order.
 *
 * @param plan - The plan.
 * @returns The arcs.
 * @example
 * ```ts
 * import { bacNinh2026Plan, reportingGraph } from "@cchc/plan";
 *
 * reportingGraph(bacNinh2026Plan()).filter((a) => a.to === "chu-tich-ubnd-tinh").map((a) => a.edge);
 * // => ["culture-synthesis-to-chairman", "difficulties-to-chairman"]
 * ```
 *
 * @category Queries
 */
export function reportingGraph(plan: Plan): ReportingArc[] {
  return plan.reporting.flatMap((edge) =>
    edge.from.flatMap((from) => [
      ...edge.to.map((to): ReportingArc => ({ from, to, role: "to", edge: edge.id })),
      ...edge.copy.map((to): ReportingArc => ({ from, to, role: "copy", edge: edge.id })),
    ]),
  );
}

function edgesFor(plan: Plan, actorId: string, pick: (edge: ReportingEdge) => readonly string[]): Result<ReportingEdge[]> {
  if (!plan.actors.some((a) => a.id === actorId)) return err(makeError(planMessages, "plan.unknown_actor", { id: actorId.slice(0, 60) }));
  const ids = actorAndGroups(plan, actorId);
  return ok(plan.reporting.filter((edge) => pick(edge).some((id) => ids.includes(id))));
}

/**
 * The reporting edges an actor owes: those it sends, itself or through a group it belongs to.
 *
 * @param plan - The plan.
 * @param actorId - An actor id.
 * @returns The edges in the plan's order, or `plan.unknown_actor`.
 * @example
 * ```ts
 * import { bacNinh2026Plan, obligationsOwedBy } from "@cchc/plan";
 *
 * const r = obligationsOwedBy(bacNinh2026Plan(), "so-y-te");
 * if (r.ok) r.value.map((e) => e.id); // => ["agencies-cchc-report", "difficulties-escalation"]
 * ```
 *
 * @category Queries
 */
export function obligationsOwedBy(plan: Plan, actorId: string): Result<ReportingEdge[]> {
  return edgesFor(plan, actorId, (edge) => edge.from);
}

/**
 * The reporting edges an actor receives, as a recipient or in copy (itself or through a group).
 *
 * @param plan - The plan.
 * @param actorId - An actor id.
 * @returns The edges in the plan's order, or `plan.unknown_actor`.
 * @example
 * ```ts
 * import { bacNinh2026Plan, obligationsReceivedBy } from "@cchc/plan";
 *
 * const r = obligationsReceivedBy(bacNinh2026Plan(), "so-vhttdl");
 * if (r.ok) r.value.map((e) => e.id); // => ["media-monthly-report", "agencies-cchc-report", "difficulties-escalation"]
 * ```
 *
 * @category Queries
 */
export function obligationsReceivedBy(plan: Plan, actorId: string): Result<ReportingEdge[]> {
  return edgesFor(plan, actorId, (edge) => [...edge.to, ...edge.copy]);
}

/**
 * One printable line per reporting edge: who reports what to whom (with copies), and when, in the
 * plan's own words.
 *
 * @param plan - The plan.
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns The lines.
 * @example
 * ```ts
 * import { bacNinh2026Plan, describeReporting } from "@cchc/plan";
 *
 * describeReporting(bacNinh2026Plan(), "en")[0];
 * // => "Bắc Ninh Newspaper and Radio-Television → Department of Culture, Sports and Tourism: Report on the results of reform communication — Every month, before the 10th"
 * ```
 *
 * @category Queries
 */
export function describeReporting(plan: Plan, lang: Lang = DEFAULT_LANG): string[] {
  const name = (id: string): string => {
    const actor = plan.actors.find((a) => a.id === id);
    return actor ? labelText(actor.name, lang) : id;
  };
  const copyWord = lang === "en" ? "copy" : "đồng gửi";
  return plan.reporting.map((edge) => {
    const copy = edge.copy.length > 0 ? ` (${copyWord} ${edge.copy.map(name).join(", ")})` : "";
    return `${edge.from.map(name).join(", ")} → ${edge.to.map(name).join(", ")}${copy}: ${labelText(edge.what, lang)} — ${labelText(edge.timing, lang)}`;
  });
}
