/** How sample reports say that they are sample data, in the reports themselves. */

/** The `notes` of every sample report (Vietnamese, then English). */
export const SAMPLE_NOTE = "DỮ LIỆU MẪU — báo cáo giả lập để trình diễn, không phải số liệu thật. Sample data made by the intake-server example's seed, not real figures.";

/** Every sample report's `reportId` starts with this (mẫu: sample). */
export const SAMPLE_REPORT_ID_PREFIX = "MAU-";

/** Whether a stored report is sample data. */
export function isSampleReport(report: unknown): boolean {
  const r = report as { reportId?: unknown; notes?: unknown } | null;
  return typeof r?.reportId === "string" && r.reportId.startsWith(SAMPLE_REPORT_ID_PREFIX) && r.notes === SAMPLE_NOTE;
}
