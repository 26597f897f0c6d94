import * as z from "zod/mini";
import { checkAtMost, checkExtra, checkSum, checkUnit, checkWindow, reportFooter, reportHeader, reportingUnit, withRules, type RuleSink } from "./common.js";
import { count, isoDate, isoDateTime, periodId, strictObject } from "./fields.js";

/** The `schemaVersion` of the procedure statistics. */
export const PROCEDURE_STATISTICS_VERSION = 1;

function procedureStatisticsShape() {
  return strictObject({
    ...reportHeader(PROCEDURE_STATISTICS_VERSION),
    agency: reportingUnit(),
    period: periodId(),
    window: z.optional(strictObject({ start: isoDate(), end: isoDate() })),
    submittedAt: z.optional(isoDateTime()),
    procedures: z.optional(strictObject({ published: count(), publishedOnTime: count() })),
    dossiers: strictObject({
      carriedOver: count(),
      received: count(),
      online: count(),
      resolved: strictObject({ total: count(), early: count(), onTime: count(), late: count() }),
      pending: strictObject({ total: count(), withinDeadline: count(), overdue: count() }),
      apologies: count(),
    }),
    payments: strictObject({ eligible: count(), online: count() }),
    electronicResults: count(),
    digitization: strictObject({ dossiers: count(), results: count(), reused: count() }),
    feedback: strictObject({
      received: count(),
      handledOnTime: count(),
      handledLate: count(),
      dissatisfiedOrOverdue: count(),
    }),
    satisfaction: z.optional(strictObject({ surveyed: count(), satisfied: count() })),
    ...reportFooter(),
  });
}

type Shape = z.output<ReturnType<typeof procedureStatisticsShape>>;

function procedureStatisticsRules(stats: Shape, sink: RuleSink): void {
  checkUnit(stats.agency, ["agency"], sink);
  if (stats.window) checkWindow(stats.window, stats.period, ["window"], sink);
  const { dossiers: d } = stats;
  const { resolved, pending } = d;
  checkSum([resolved.early, resolved.onTime, resolved.late], "/dossiers/resolved/early + /dossiers/resolved/onTime + /dossiers/resolved/late", resolved.total, ["dossiers", "resolved", "total"], sink);
  checkSum([pending.withinDeadline, pending.overdue], "/dossiers/pending/withinDeadline + /dossiers/pending/overdue", pending.total, ["dossiers", "pending", "total"], sink);
  const available = d.carriedOver + d.received;
  if (resolved.total + pending.total > available) {
    sink.add(["dossiers"], "report.parts_exceed_total", {
      parts: "/dossiers/resolved/total + /dossiers/pending/total",
      sum: resolved.total + pending.total,
      whole: "/dossiers/carriedOver + /dossiers/received",
      total: available,
    });
  }
  checkAtMost([d.online], "/dossiers/online", d.received, ["dossiers", "received"], ["dossiers", "online"], sink);
  if (d.apologies > resolved.late + pending.overdue) {
    sink.add(["dossiers", "apologies"], "report.parts_exceed_total", {
      parts: "/dossiers/apologies",
      sum: d.apologies,
      whole: "/dossiers/resolved/late + /dossiers/pending/overdue",
      total: resolved.late + pending.overdue,
    });
  }
  if (stats.procedures) {
    const p = stats.procedures;
    checkAtMost([p.publishedOnTime], "/procedures/publishedOnTime", p.published, ["procedures", "published"], ["procedures", "publishedOnTime"], sink);
  }
  checkAtMost([stats.payments.online], "/payments/online", stats.payments.eligible, ["payments", "eligible"], ["payments", "online"], sink);
  checkAtMost([stats.electronicResults], "/electronicResults", resolved.total, ["dossiers", "resolved", "total"], ["electronicResults"], sink);
  const dg = stats.digitization;
  if (dg.dossiers > available) {
    sink.add(["digitization", "dossiers"], "report.parts_exceed_total", {
      parts: "/digitization/dossiers",
      sum: dg.dossiers,
      whole: "/dossiers/carriedOver + /dossiers/received",
      total: available,
    });
  }
  checkAtMost([dg.results], "/digitization/results", resolved.total, ["dossiers", "resolved", "total"], ["digitization", "results"], sink);
  const f = stats.feedback;
  checkAtMost([f.handledOnTime, f.handledLate], "/feedback/handledOnTime + /feedback/handledLate", f.received, ["feedback", "received"], ["feedback"], sink);
  checkAtMost([f.dissatisfiedOrOverdue], "/feedback/dissatisfiedOrOverdue", f.received, ["feedback", "received"], ["feedback", "dissatisfiedOrOverdue"], sink);
  if (stats.satisfaction) {
    const s = stats.satisfaction;
    checkAtMost([s.satisfied], "/satisfaction/satisfied", s.surveyed, ["satisfaction", "surveyed"], ["satisfaction", "satisfied"], sink);
  }
  checkExtra(stats.extra, sink);
}

/** @internal Builds the schema (called once by the entry point). */
export function procedureStatisticsZod() {
  return withRules(procedureStatisticsShape(), procedureStatisticsRules);
}
