import { defineCatalogue } from "@cchc/core";

/**
 * Messages of the calculators (`timeliness.*`, `synthesis.*`, `indicator.*`): errors and the
 * explanations every computed value carries, in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { formatMessage } from "@cchc/core";
 * import { reportCalculatorMessages } from "@cchc/reports";
 *
 * formatMessage(reportCalculatorMessages, "timeliness.no_submission_time", {}, "en");
 * // => "There is no submission time (submittedAt) to judge timeliness against."
 * ```
 *
 * @category Messages
 */
export const reportCalculatorMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "timeliness.no_obligation": "Báo cáo \"{schemaId}\" không có hạn nộp trong Kế hoạch: cần truyền nghĩa vụ (obligation) để đánh giá.",
    "timeliness.no_submission_time": "Không có thời điểm nộp (submittedAt) để đánh giá đúng hạn.",
    "timeliness.invalid_submission_time": "Thời điểm nộp \"{input}\" không hợp lệ (cần dạng 2026-03-09T16:30:00+07:00).",
    "timeliness.no_period": "Báo cáo không ghi kỳ báo cáo: không xác định được hạn nộp.",
    "timeliness.due_date_failed": "Không tính được hạn nộp của kỳ {period}: {detail}",
    "timeliness.on_time": "{what} kỳ {period}: nộp ngày {submitted} (giờ Việt Nam), hạn nộp {due} — đúng hạn.",
    "timeliness.late": "{what} kỳ {period}: nộp ngày {submitted} (giờ Việt Nam), hạn nộp {due} — chậm {days} ngày.",
    "timeliness.ambiguous":
      "{what} kỳ {period}: nộp ngày {submitted} (giờ Việt Nam) — đúng hạn theo ít nhất một cách hiểu của quy định (hạn muộn nhất {latest}), nhưng sau hạn sớm nhất {earliest}; hạn theo cách hiểu mặc định là {due}.",
    "timeliness.on_time_unconfirmed": "{what} kỳ {period}: nộp ngày {submitted} (giờ Việt Nam) — đúng hạn so với ngày {due} (hạn chưa được xác nhận).",
    "timeliness.late_unconfirmed": "{what} kỳ {period}: nộp ngày {submitted} (giờ Việt Nam) — chậm {days} ngày so với ngày {due} (hạn chưa được xác nhận).",
    "timeliness.ambiguous_unconfirmed":
      "{what} kỳ {period}: nộp ngày {submitted} (giờ Việt Nam) — đúng hạn theo ít nhất một cách hiểu của quy định (hạn muộn nhất {latest}), nhưng sau hạn sớm nhất {earliest}; hạn theo cách hiểu mặc định là {due}; các hạn này chưa được xác nhận.",
    "synthesis.invalid_input": "Báo cáo nguồn {kind} thứ {number} không hợp lệ tại \"{path}\": {message}",
    "synthesis.duplicate_report": "Báo cáo nguồn {kind} thứ {number} trùng đơn vị và kỳ ({unit}, {period}) với báo cáo thứ {firstNumber}.",
    "synthesis.duplicate_report_id": "Báo cáo nguồn {kind} thứ {number} trùng đơn vị và mã báo cáo ({unit}, {reportId}) với báo cáo thứ {firstNumber}.",
    "synthesis.outside_coverage": "Báo cáo nguồn {kind} thứ {number} (kỳ {period}) nằm ngoài phạm vi tổng hợp {from} → {to}.",
    "synthesis.empty": "Không có báo cáo tháng nào và không có phạm vi tổng hợp (coverage): không xác định được kỳ tổng hợp.",
    "synthesis.invalid_output": "Báo cáo tổng hợp tính ra không hợp lệ tại \"{path}\": {message}",
    "indicator.value": "{name} = {formula} = {computation} = {value}.",
    "indicator.no_value": "{name}: chưa tính được — {reason}",
    "indicator.zero_denominator": "mẫu số bằng 0 ({denominator}).",
    "indicator.missing_input": "thiếu số liệu \"{path}\".",
    "indicator.points": "Điểm: {points}/{max} (quy đổi {scoring}, độ tin cậy {confidence}).",
    "indicator.invalid_definition": "Định nghĩa chỉ số \"{id}\" không hợp lệ tại \"{path}\": {message}",
    "indicator.source": "Nguồn: {citation}.",
  },
  en: {
    "timeliness.no_obligation": "The report \"{schemaId}\" has no deadline in the plan: pass an obligation to judge it against.",
    "timeliness.no_submission_time": "There is no submission time (submittedAt) to judge timeliness against.",
    "timeliness.invalid_submission_time": "The submission time \"{input}\" is invalid (expected e.g. 2026-03-09T16:30:00+07:00).",
    "timeliness.no_period": "The report names no period: its deadline cannot be found.",
    "timeliness.due_date_failed": "The deadline for period {period} could not be computed: {detail}",
    "timeliness.on_time": "{what}, period {period}: submitted on {submitted} (Vietnam time), due {due} — on time.",
    "timeliness.late": "{what}, period {period}: submitted on {submitted} (Vietnam time), due {due} — {days} day(s) late.",
    "timeliness.ambiguous":
      "{what}, period {period}: submitted on {submitted} (Vietnam time) — on time under at least one reading of the rule (latest due date {latest}) but after the earliest one {earliest}; the default reading's due date is {due}.",
    "timeliness.on_time_unconfirmed": "{what}, period {period}: submitted on {submitted} (Vietnam time) — on time against {due} (an UNCONFIRMED due date).",
    "timeliness.late_unconfirmed": "{what}, period {period}: submitted on {submitted} (Vietnam time) — {days} day(s) late against {due} (an UNCONFIRMED due date).",
    "timeliness.ambiguous_unconfirmed":
      "{what}, period {period}: submitted on {submitted} (Vietnam time) — on time under at least one reading of the rule (latest due date {latest}) but after the earliest one {earliest}; the default reading's due date is {due}; these due dates are UNCONFIRMED.",
    "synthesis.invalid_input": "Source {kind} report number {number} is invalid at \"{path}\": {message}",
    "synthesis.duplicate_report": "Source {kind} report number {number} has the same unit and period ({unit}, {period}) as report number {firstNumber}.",
    "synthesis.duplicate_report_id": "Source {kind} report number {number} has the same unit and report id ({unit}, {reportId}) as report number {firstNumber}.",
    "synthesis.outside_coverage": "Source {kind} report number {number} (period {period}) is outside the coverage {from} → {to}.",
    "synthesis.empty": "There is no monthly report and no coverage: the months to synthesize are unknown.",
    "synthesis.invalid_output": "The computed synthesis is invalid at \"{path}\": {message}",
    "indicator.value": "{name} = {formula} = {computation} = {value}.",
    "indicator.no_value": "{name}: not computed — {reason}",
    "indicator.zero_denominator": "the denominator is 0 ({denominator}).",
    "indicator.missing_input": "the figure \"{path}\" is missing.",
    "indicator.points": "Points: {points}/{max} ({scoring} conversion, confidence {confidence}).",
    "indicator.invalid_definition": "The indicator definition \"{id}\" is invalid at \"{path}\": {message}",
    "indicator.source": "Source: {citation}.",
  },
});

/**
 * A code of {@link reportCalculatorMessages}.
 *
 * @example
 * ```ts
 * import type { ReportCalculatorCode } from "@cchc/reports";
 *
 * const code: ReportCalculatorCode = "synthesis.duplicate_report";
 * ```
 *
 * @category Messages
 */
export type ReportCalculatorCode = keyof (typeof reportCalculatorMessages)["vi"];
