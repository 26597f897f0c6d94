import { TOPIC_CODES } from "@cchc/plan/codes";
import * as z from "zod/mini";
import { checkExtra, checkUnit, checkWindow, pointer, reportFooter, reportHeader, reportingUnit, withRules, type RuleSink } from "./common.js";
import { cchcPeriodId, count, isoDate, isoDateTime, list, strictObject, text } from "./fields.js";

/** The `schemaVersion` of the agency communication report. */
export const AGENCY_COMMUNICATION_REPORT_VERSION = 1;

function agencyCommunicationReportShape() {
  return strictObject({
    ...reportHeader(AGENCY_COMMUNICATION_REPORT_VERSION),
    agency: reportingUnit(),
    period: cchcPeriodId(),
    window: strictObject({ start: isoDate(), end: isoDate() }),
    submittedAt: z.optional(isoDateTime()),
    directives: strictObject({
      published: count(),
      items: list(
        strictObject({
          documentNumber: z.optional(text(60)),
          title: text(500),
          issuedOn: z.optional(isoDate()),
          publishedOn: isoDate(),
          url: z.optional(text(2000)),
        }),
        500,
      ),
    }),
    procedures: strictObject({
      posted: count(),
      updated: count(),
      feedbackChannelPosted: z.boolean(),
    }),
    staffBriefings: strictObject({ sessions: count(), participants: count() }),
    pressMaterials: strictObject({ items: count(), outlets: list(text(300), 50) }),
    legalDissemination: strictObject({
      integrated: z.boolean(),
      activities: count(),
      note: z.optional(text(2000)),
    }),
    proposedFocalContent: list(strictObject({ topic: z.enum(TOPIC_CODES), content: text(2000) }), 50),
    difficulties: list(text(2000), 50),
    ...reportFooter(),
  });
}

type Shape = z.output<ReturnType<typeof agencyCommunicationReportShape>>;

function agencyCommunicationReportRules(report: Shape, sink: RuleSink): void {
  checkUnit(report.agency, ["agency"], sink);
  const windowOk = checkWindow(report.window, report.period, ["window"], sink);
  const { directives } = report;
  if (directives.items.length > directives.published) {
    sink.add(["directives", "items"], "report.list_exceeds_count", {
      listed: directives.items.length,
      whole: pointer(["directives", "published"]),
      count: directives.published,
    });
  }
  directives.items.forEach((item, i) => {
    if (windowOk && (item.publishedOn < report.window.start || item.publishedOn > report.window.end)) {
      sink.add(["directives", "items", i, "publishedOn"], "report.date_outside_window", {
        date: item.publishedOn,
        start: report.window.start,
        end: report.window.end,
      });
    }
    if (item.issuedOn !== undefined && item.publishedOn < item.issuedOn) {
      sink.add(["directives", "items", i, "publishedOn"], "report.date_before", {
        date: item.publishedOn,
        other: pointer(["directives", "items", i, "issuedOn"]),
        otherDate: item.issuedOn,
      });
    }
  });
  const { staffBriefings } = report;
  if (staffBriefings.participants > 0 && staffBriefings.sessions === 0) {
    sink.add(["staffBriefings", "participants"], "report.requires_nonzero", {
      field: pointer(["staffBriefings", "participants"]),
      value: staffBriefings.participants,
      required: pointer(["staffBriefings", "sessions"]),
    });
  }
  const { legalDissemination } = report;
  if (legalDissemination.activities > 0 && !legalDissemination.integrated) {
    sink.add(["legalDissemination", "activities"], "report.requires_nonzero", {
      field: pointer(["legalDissemination", "activities"]),
      value: legalDissemination.activities,
      required: pointer(["legalDissemination", "integrated"]),
    });
  }
  checkExtra(report.extra, sink);
}

/** @internal Builds the schema (called once by the entry point). */
export function agencyCommunicationReportZod() {
  return withRules(agencyCommunicationReportShape(), agencyCommunicationReportRules);
}
