/** Plausible procedure statistics of a Trung tâm Phục vụ hành chính công (procedure-statistics). */
import type { ProcedureStatisticsInput } from "@cchc/reports";
import { SAMPLE_NOTE, SAMPLE_REPORT_ID_PREFIX } from "./marker.js";
import { random } from "./random.js";

/** The statistics of a unit (`trung-tam-phvhcc-tinh`, or `trung-tam-phvhcc-xa:<commune code>` with its name) for a period; `scale` sizes the centre. */
export function procedureStatistics(unit: string, name: string, period: string, submittedAt: string, scale: number): ProcedureStatisticsInput {
  const r = random(`statistics ${unit} ${period}`);
  const [actor, communeCode] = unit.split(":") as ["trung-tam-phvhcc-tinh" | "trung-tam-phvhcc-xa", string | undefined];
  const pct = (n: number, min: number, max: number) => Math.round((n * r.int(min, max)) / 1000);
  const received = Math.round(r.int(5000, 7000) * scale);
  const carriedOver = Math.round(r.int(300, 500) * scale);
  const available = carriedOver + received;
  const resolvedTotal = pct(available, 930, 960);
  const late = pct(resolvedTotal, 3, 15);
  const onTime = pct(resolvedTotal, 220, 300);
  const pendingTotal = pct(available - resolvedTotal, 800, 950);
  const overdue = pct(pendingTotal, 5, 30);
  const feedback = Math.max(4, Math.round(r.int(10, 30) * Math.sqrt(scale)));
  const handledLate = r.int(0, 2);
  const published = r.int(5, 20);
  const surveyed = pct(received, 450, 600);
  const eligible = pct(received, 450, 550);
  return {
    schemaVersion: 1,
    reportId: `${SAMPLE_REPORT_ID_PREFIX}TTPVHCC-${communeCode ?? "TINH"}-${period}`,
    agency: communeCode === undefined ? { actor, name } : { actor, name, communeCode },
    period,
    submittedAt,
    procedures: { published, publishedOnTime: published - r.int(0, 2) },
    dossiers: {
      carriedOver,
      received,
      online: pct(received, 780, 890),
      resolved: { total: resolvedTotal, early: resolvedTotal - onTime - late, onTime, late },
      pending: { total: pendingTotal, withinDeadline: pendingTotal - overdue, overdue },
      apologies: pct(late + overdue, 850, 1000),
    },
    payments: { eligible, online: pct(eligible, 820, 900) },
    electronicResults: pct(resolvedTotal, 880, 950),
    digitization: { dossiers: pct(received, 900, 980), results: pct(resolvedTotal, 880, 960), reused: pct(received, 250, 400) },
    feedback: { received: feedback, handledOnTime: feedback - handledLate - r.int(0, 1), handledLate, dissatisfiedOrOverdue: r.int(0, 3) },
    satisfaction: { surveyed, satisfied: pct(surveyed, 965, 995) },
    notes: SAMPLE_NOTE,
  };
}
