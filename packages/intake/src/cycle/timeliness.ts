import type { Citation, Confidence, Label } from "@cchc/core";
import { reportTimeliness, type ReportSchemaId, type TimelinessStatus } from "@cchc/reports";
import type { ReportingCalendarService } from "../effect/services.js";
import { vietnamInstant } from "../model/instant.js";
import type { ReportKey } from "../model/report-key.js";

/**
 * The timeliness of a submission as judged at receipt: on time, ambiguous (on time under some readings
 * of the deadline only) or late, with the due dates and a vi/en explanation — or `"no-deadline"` for a
 * report the plan gives no deadline (synthesis, difficulties, procedure statistics).
 *
 * @example
 * ```ts
 * import type { ReceiptTimeliness } from "@cchc/intake";
 *
 * const line = (t: ReceiptTimeliness): string => (t.status === "no-deadline" ? t.explanation.en : `${t.status}, due ${t.due}`);
 * ```
 *
 * @category Reporting cycle
 */
export type ReceiptTimeliness =
  | {
      readonly status: TimelinessStatus;
      /** The obligation judged against. */
      readonly obligationId: string;
      /** The day of receipt in Vietnam. */
      readonly submittedOn: string;
      /** The due date under the default reading. */
      readonly due: string;
      /** The earliest and latest admissible due dates. */
      readonly earliestSafe: string;
      readonly latestSafe: string;
      /** On time under the default reading. */
      readonly onTimeUnderDefault: boolean;
      /** Calendar days after the default due date. */
      readonly daysLate: number;
      /** How sure the obligation's rule is (`UNCONFIRMED` for the agencies' date: the explanation says so). */
      readonly confidence: Confidence;
      /** One sentence in each language. */
      readonly explanation: Label;
      /** The sources of the obligation and of the due date. */
      readonly citations: readonly Citation[];
    }
  | { readonly status: "no-deadline"; readonly explanation: Label };

const NO_DEADLINE: Label = {
  vi: "Kế hoạch không quy định thời hạn cho loại báo cáo này.",
  en: "The plan sets no deadline for this kind of report.",
};

/**
 * Judges a submission received at `receivedAtMs` against the obligation of its schema, with the
 * calculator of `@cchc/reports` (`reportTimeliness`) on the reporting calendar.
 *
 * @returns The timeliness, or the calculator's error message.
 */
export function timelinessAtReceipt(
  key: ReportKey,
  receivedAtMs: number,
  rules: ReportingCalendarService,
): { ok: true; value: ReceiptTimeliness } | { ok: false; detail: Label } {
  const scheduled = rules.scheduled.find((s) => s.schema === key.schema);
  if (!scheduled) return { ok: true, value: { status: "no-deadline", explanation: NO_DEADLINE } };
  const r = reportTimeliness(key.schema as ReportSchemaId, {}, {
    obligation: scheduled.obligation,
    submittedAt: vietnamInstant(receivedAtMs),
    period: key.period,
    ...(rules.calendar === undefined ? {} : { calendar: rules.calendar }),
  });
  if (!r.ok) return { ok: false, detail: r.error.messages };
  const { schemaId: _s, period: _p, submittedAt: _a, ...kept } = r.value;
  return { ok: true, value: kept };
}
