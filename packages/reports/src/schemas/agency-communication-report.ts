import { TOPIC_CODES } from "@cchc/plan/codes";
import { z } from "zod";
import { checkExtra, checkUnit, checkWindow, extraFields, pointer, reportingUnit, withRules, type RuleSink } from "./common.js";
import { cchcPeriodId, count, isoDate, isoDateTime, list, schemaVersion, text } from "./fields.js";

function agencyCommunicationReportShape() {
  return z.strictObject({
    schemaVersion: schemaVersion(),
    reportId: text(100).optional(),
    documentNumber: text(60).optional(),
    agency: reportingUnit(),
    period: cchcPeriodId(),
    window: z.strictObject({ start: isoDate(), end: isoDate() }),
    submittedAt: isoDateTime().optional(),
    directives: z.strictObject({
      published: count(),
      items: list(
        z.strictObject({
          documentNumber: text(60).optional(),
          title: text(500),
          issuedOn: isoDate().optional(),
          publishedOn: isoDate(),
          url: text(2000).optional(),
        }),
        500,
      ),
    }),
    procedures: z.strictObject({
      posted: count(),
      updated: count(),
      feedbackChannelPosted: z.boolean(),
    }),
    staffBriefings: z.strictObject({ sessions: count(), participants: count() }),
    pressMaterials: z.strictObject({ items: count(), outlets: list(text(300), 50) }),
    legalDissemination: z.strictObject({
      integrated: z.boolean(),
      activities: count(),
      note: text(2000).optional(),
    }),
    proposedFocalContent: list(z.strictObject({ topic: z.enum(TOPIC_CODES), content: text(2000) }), 50),
    difficulties: list(text(2000), 50),
    notes: text(4000).optional(),
    extra: extraFields(),
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
