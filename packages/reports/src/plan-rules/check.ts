/**
 * The plan's rules on a report (see `PLAN_RULES`): the sender owes the report's edge in the plan's
 * reporting graph, and the synthesis goes to the edge's recipient.
 */
import { DEFAULT_LANG, formatMessage, isLang, labelText, toJsonPointer, type Lang, type MessageParams, type ValidationIssue } from "@cchc/core";
import { actorAndGroups, bacNinh2026Plan, type Plan, type ReportingEdge } from "@cchc/plan";
import { REPORT_PLAN_EDGES } from "../data/obligations.js";
import { reportPlanMessages, type ReportPlanRuleCode } from "../messages/plan-rules.js";
import type { ReportSchemaId } from "../validate/definition.js";

/**
 * Options of {@link checkPlanRules}.
 *
 * @example
 * ```ts
 * import { bacNinh2026Plan } from "@cchc/plan";
 * import type { PlanRuleOptions } from "@cchc/reports";
 *
 * const options: PlanRuleOptions = { plan: bacNinh2026Plan(), lang: "en" };
 * ```
 *
 * @category Plan rules
 */
export interface PlanRuleOptions {
  /** The plan whose reporting graph is read (default: Bắc Ninh's 2026 plan, `bacNinh2026Plan()`). */
  readonly plan?: Plan;
  /** Language of the messages: `"vi"` (default) or `"en"`. */
  readonly lang?: Lang;
}

type Path = (string | number)[];

/** One value of a report that the plan constrains: an actor that must send or receive an edge. */
interface Party {
  readonly path: Path;
  readonly actor: string;
  readonly edge: string;
  readonly role: "from" | "to";
}

/** Where each report names its sender. */
const SENDER_FIELD: Readonly<Record<ReportSchemaId, string | null>> = {
  "monthly-media-report": "unit",
  "agency-communication-report": "agency",
  "synthesis-report": "author",
  "difficulty-report": "from",
  "procedure-statistics": null,
};

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const actorOf = (unit: unknown): string | undefined => (isObject(unit) && typeof unit["actor"] === "string" ? unit["actor"] : undefined);

/** The parties of a report that the plan's rules read (values that are not there are skipped). */
function partiesOf(schemaId: ReportSchemaId, report: Json): Party[] {
  const parties: Party[] = [];
  const field = SENDER_FIELD[schemaId];
  const edge = REPORT_PLAN_EDGES[schemaId];
  if (field === null || edge === null) return parties;
  const sender = actorOf(report[field]);
  if (sender !== undefined) parties.push({ path: [field, "actor"], actor: sender, edge, role: "from" });
  if (schemaId !== "synthesis-report") return parties;
  if (typeof report["recipient"] === "string") parties.push({ path: ["recipient"], actor: report["recipient"], edge, role: "to" });
  const sources = Array.isArray(report["sources"]) ? (report["sources"] as unknown[]) : [];
  sources.forEach((source, i) => {
    if (!isObject(source)) return;
    const kind = source["schemaId"];
    const sourceEdge = typeof kind === "string" && Object.hasOwn(REPORT_PLAN_EDGES, kind) ? REPORT_PLAN_EDGES[kind as ReportSchemaId] : null;
    const actor = actorOf(source["unit"]);
    if (sourceEdge !== null && actor !== undefined) parties.push({ path: ["sources", i, "unit", "actor"], actor, edge: sourceEdge, role: "from" });
  });
  return parties;
}

/** Per plan: each actor's ids (itself and its groups), computed once. */
const memberships = new WeakMap<Plan, Map<string, readonly string[]>>();

function idsOf(plan: Plan, actor: string): readonly string[] {
  let byActor = memberships.get(plan);
  if (!byActor) memberships.set(plan, (byActor = new Map()));
  let ids = byActor.get(actor);
  if (!ids) byActor.set(actor, (ids = actorAndGroups(plan, actor)));
  return ids;
}

function issue(path: Path, code: ReportPlanRuleCode, params: MessageParams, lang: Lang): ValidationIssue {
  return { path: toJsonPointer(path), code, message: formatMessage(reportPlanMessages, code, params, lang) };
}

function checkParty(plan: Plan, party: Party, edge: ReportingEdge, lang: Lang): ValidationIssue | undefined {
  const ids = idsOf(plan, party.actor);
  const allowed = party.role === "from" ? edge.from : edge.to;
  if (allowed.some((id) => ids.includes(id))) return undefined;
  const params = { actor: party.actor, what: labelText(edge.what, lang), clause: edge.source.join(", ") };
  return party.role === "from"
    ? issue(party.path, "report.sender_not_obliged", { ...params, senders: edge.from.join(", ") }, lang)
    : issue(party.path, "report.recipient_not_obliged", { ...params, recipients: edge.to.join(", ") }, lang);
}

/**
 * Checks a report against the plan's rules (see `PLAN_RULES`): its sender owes the report's edge in
 * the plan's reporting graph — itself or through a group it belongs to — and a synthesis goes to the
 * edge's recipient and cites only source reports from their own senders. A monthly media report from
 * Sở Tư pháp, or an agency report from the broadcaster, is refused. Run it on a report whose shape is
 * valid (the main entry's validators do, unless `{ plan: false }`); values it cannot read are skipped.
 * Never throws.
 *
 * @param schemaId - The report's schema.
 * @param report - The report (parsed or raw JSON).
 * @param options - The plan (default Bắc Ninh 2026) and the language of the messages.
 * @returns The issues (`report.sender_not_obliged`, `report.recipient_not_obliged`,
 *   `report.plan_without_edge`); empty when the report keeps the plan's rules.
 * @example
 * ```ts
 * import { checkPlanRules } from "@cchc/reports";
 *
 * checkPlanRules("monthly-media-report", { unit: { actor: "bao-ptth-bac-ninh" } }); // => []
 * checkPlanRules("monthly-media-report", { unit: { actor: "so-tu-phap" } }, { lang: "en" })[0]?.message;
 * // => "\"so-tu-phap\" does not send \"Report on the results of reform communication\" under the plan (V.5); it is sent by: bao-ptth-bac-ninh."
 * ```
 *
 * @category Plan rules
 */
export function checkPlanRules(schemaId: ReportSchemaId, report: unknown, options: PlanRuleOptions = {}): ValidationIssue[] {
  const lang = isLang(options.lang) ? options.lang : DEFAULT_LANG;
  if (!isObject(report) || !Object.hasOwn(SENDER_FIELD, schemaId)) return [];
  const plan = options.plan ?? bacNinh2026Plan();
  const issues: ValidationIssue[] = [];
  const missing = new Set<string>();
  for (const party of partiesOf(schemaId, report)) {
    const edge = plan.reporting.find((e) => e.id === party.edge);
    if (!edge) {
      if (!missing.has(party.edge)) issues.push(issue([], "report.plan_without_edge", { plan: plan.id, edge: party.edge, schema: schemaId }, lang));
      missing.add(party.edge);
      continue;
    }
    const found = checkParty(plan, party, edge, lang);
    if (found) issues.push(found);
  }
  return issues;
}
