import { deadlineRuleSchema, RECURRENCE_KINDS } from "@cchc/deadlines";
import { z } from "zod";
import { confidenceSchema, labelSchema } from "@cchc/core";
import { planIdSchema, sourceClausesSchema } from "./common.js";
import { statementSchema } from "./statement.js";

/**
 * Kinds of reporting edge: a `periodic-report` sent on a schedule, a `synthesis` that compiles others'
 * reports for a leader, an `escalation` of difficulties raised when they arise.
 *
 * @example
 * ```ts
 * import { REPORTING_KINDS } from "@cchc/plan";
 *
 * REPORTING_KINDS; // => ["periodic-report", "synthesis", "escalation"]
 * ```
 *
 * @category Plan model
 */
export const REPORTING_KINDS = ["periodic-report", "synthesis", "escalation"] as const;

/**
 * One of {@link REPORTING_KINDS}.
 *
 * @example
 * ```ts
 * import type { ReportingKind } from "@cchc/plan";
 *
 * const k: ReportingKind = "escalation";
 * ```
 *
 * @category Plan model
 */
export type ReportingKind = (typeof REPORTING_KINDS)[number];

/**
 * A zod schema for the schedule of a reporting edge: how often it recurs (`periodKind`, a recurrence kind
 * of `@cchc/deadlines`), its deadline rule (a `DeadlineRule` of `@cchc/deadlines`, authored with that
 * package's schema), how sure the rule is as a reading of the text, and a bilingual note saying what was
 * read and what is left to the user.
 *
 * @example
 * ```ts
 * import { reportingScheduleSchema } from "@cchc/plan";
 *
 * reportingScheduleSchema.parse({
 *   periodKind: "month",
 *   rule: { kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 },
 *   confidence: "VERIFIED",
 *   note: { vi: "Trước ngày 10 tháng sau", en: "Before the 10th of the next month" },
 * });
 * ```
 *
 * @category Plan model
 */
export const reportingScheduleSchema = /* @__PURE__ */ (() =>
  z.object({
    periodKind: z.enum(RECURRENCE_KINDS),
    rule: deadlineRuleSchema,
    confidence: confidenceSchema,
    note: labelSchema,
  }))();

/**
 * The schedule of a reporting edge (see {@link reportingScheduleSchema}).
 *
 * @example
 * ```ts
 * import type { ReportingSchedule } from "@cchc/plan";
 *
 * function monthly(s: ReportingSchedule): boolean {
 *   return s.periodKind === "month";
 * }
 * ```
 *
 * @category Plan model
 */
export type ReportingSchedule = z.infer<typeof reportingScheduleSchema>;

/**
 * A zod schema for a reporting edge: who sends (`from`), to whom (`to`) and in copy (`copy`, đồng gửi),
 * what (`what`, and the listed `contents` — `contentsOpenEnded` when the plan's list ends with "…"), why
 * (`purpose`), the report it is folded into (`embeddedIn`), and when: `timing` is the plan's own wording
 * (or a statement that it sets none) and `schedule`, when the text sets a recurring deadline, holds it as
 * a rule of `@cchc/deadlines` (edges without a stated deadline have none). {@link planObligations} turns
 * scheduled edges into that package's obligations.
 *
 * @example
 * ```ts
 * import { reportingEdgeSchema } from "@cchc/plan";
 *
 * reportingEdgeSchema.parse({
 *   id: "difficulties",
 *   kind: "escalation",
 *   from: ["co-quan-don-vi-dia-phuong"],
 *   to: ["so-vhttdl"],
 *   copy: [],
 *   what: { vi: "Phản ánh khó khăn, vướng mắc", en: "Difficulties and obstacles" },
 *   contents: [],
 *   contentsOpenEnded: false,
 *   timing: { vi: "Khi có khó khăn, vướng mắc", en: "When difficulties arise" },
 *   source: ["closing"],
 * });
 * ```
 *
 * @category Plan model
 */
export const reportingEdgeSchema = /* @__PURE__ */ (() =>
  z.object({
    id: planIdSchema,
    kind: z.enum(REPORTING_KINDS),
    from: z.array(planIdSchema).min(1),
    to: z.array(planIdSchema).min(1),
    copy: z.array(planIdSchema),
    what: labelSchema,
    contents: z.array(statementSchema),
    contentsOpenEnded: z.boolean(),
    purpose: labelSchema.optional(),
    embeddedIn: labelSchema.optional(),
    timing: labelSchema,
    schedule: reportingScheduleSchema.optional(),
    source: sourceClausesSchema,
  }))();

/**
 * A reporting edge of a plan (see {@link reportingEdgeSchema}).
 *
 * @example
 * ```ts
 * import type { ReportingEdge } from "@cchc/plan";
 *
 * function sends(edge: ReportingEdge, actor: string): boolean {
 *   return edge.from.includes(actor);
 * }
 * ```
 *
 * @category Plan model
 */
export type ReportingEdge = z.infer<typeof reportingEdgeSchema>;
