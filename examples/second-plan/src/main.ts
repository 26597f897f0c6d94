import { checkPlan, deadlinesEvaluator, describeReporting, dueInRange, dutiesOf, planObligations, planSchema, unmappedClauses } from "@cchc/plan";
import { secondPlan } from "./plan.js";

/** What the example prints: the plan validates, is fully traced, and answers the same queries. */
export function report(): string[] {
  const parsed = planSchema.safeParse(secondPlan);
  const lines = [
    `${secondPlan.metadata.title.vi} (${secondPlan.id}, illustrative)`,
    `  schema: ${parsed.success ? "valid" : "INVALID"}; integrity issues: ${checkPlan(secondPlan).length}; unmapped clauses: ${unmappedClauses(secondPlan).length}`,
  ];
  const duties = dutiesOf(secondPlan, "phong-vh-xh");
  if (duties.ok) for (const d of duties.value) lines.push(`  duty ${d.responsibility.id}: ${d.responsibility.duty.en}`);
  for (const line of describeReporting(secondPlan, "en")) lines.push(`  reports: ${line}`);
  for (const o of planObligations(secondPlan)) lines.push(`  obligation ${o.id}: ${o.periodKind}, rule ${JSON.stringify(o.rule)}`);
  const due = dueInRange(secondPlan, { from: "2027-01-01", to: "2027-03-31" }, deadlinesEvaluator());
  lines.push(due.ok ? `  due Q1 2027 (estimated 2027 calendar): ${due.value.map((o) => `${o.period} → ${o.due}`).join(", ")}` : `  ✖ ${due.error.localized("en")}`);
  return lines;
}

console.log(report().join("\n"));
