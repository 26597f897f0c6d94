import { ACTOR_IDS, CHANNEL_CODES, TOPIC_CODES } from "@cchc/plan/codes";
import { z } from "zod";
import { checkExtra, checkUnit, extraFields, pointer, reportingUnit, withRules, type RuleSink } from "./common.js";
import { isoDate, isoDateTime, list, periodId, schemaVersion, text } from "./fields.js";

function difficultyReportShape() {
  return z.strictObject({
    schemaVersion: schemaVersion(),
    reportId: text(100).optional(),
    documentNumber: text(60).optional(),
    from: reportingUnit(),
    reportedOn: isoDate(),
    period: periodId().optional(),
    submittedAt: isoDateTime().optional(),
    items: list(
      z.strictObject({
        title: text(300),
        description: text(4000),
        topic: z.enum(TOPIC_CODES).optional(),
        channel: z.enum(CHANNEL_CODES).optional(),
        since: isoDate().optional(),
        proposal: text(4000).optional(),
        decisionBy: z.enum(ACTOR_IDS).optional(),
      }),
      100,
    ).min(1),
    notes: text(4000).optional(),
    extra: extraFields(),
  });
}

type Shape = z.output<ReturnType<typeof difficultyReportShape>>;

function difficultyReportRules(report: Shape, sink: RuleSink): void {
  checkUnit(report.from, ["from"], sink);
  report.items.forEach((item, i) => {
    if (item.since !== undefined && item.since > report.reportedOn) {
      sink.add(["reportedOn"], "report.date_before", { date: report.reportedOn, other: pointer(["items", i, "since"]), otherDate: item.since });
    }
  });
  checkExtra(report.extra, sink);
}

/** @internal Builds the schema (called once by the entry point). */
export function difficultyReportZod() {
  return withRules(difficultyReportShape(), difficultyReportRules);
}
