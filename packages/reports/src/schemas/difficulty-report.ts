import * as z from "zod/mini";
import { checkExtra, checkUnit, pointer, reportFooter, reportHeader, reportingUnit, withRules, type RuleSink } from "./common.js";
import { difficultyItemFields } from "./difficulty-item.js";
import { isoDate, isoDateTime, list, periodId, strictObject } from "./fields.js";

/** The `schemaVersion` of the difficulty report. */
export const DIFFICULTY_REPORT_VERSION = 1;

function difficultyReportShape() {
  return strictObject({
    ...reportHeader(DIFFICULTY_REPORT_VERSION),
    from: reportingUnit(),
    reportedOn: isoDate(),
    period: z.optional(periodId()),
    submittedAt: z.optional(isoDateTime()),
    items: list(
      strictObject(difficultyItemFields()),
      100,
    ).check(z.minLength(1)),
    ...reportFooter(),
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
