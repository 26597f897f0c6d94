import { defineCatalogue } from "@cchc/core";

/**
 * Reasons a dossier record is rejected (`dossier.*`), in Vietnamese and English. A rejected record
 * never stops a batch: it is counted and listed with its reason.
 *
 * @example
 * ```ts
 * import { dossierMessages } from "@cchc/deadlines";
 *
 * dossierMessages.en["dossier.invalid_received_at"];
 * ```
 *
 * @category Dossier timeliness
 */
export const dossierMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "dossier.invalid_record": "Bản ghi hồ sơ không phải là một đối tượng.",
    "dossier.invalid_agency": "Thiếu cơ quan giải quyết (agency) hoặc không hợp lệ.",
    "dossier.invalid_received_at": "Thời điểm tiếp nhận (receivedAt) không hợp lệ: {value}.",
    "dossier.invalid_completed_at": "Thời điểm trả kết quả (completedAt) không hợp lệ: {value}.",
    "dossier.completed_before_received": "Thời điểm trả kết quả trước thời điểm tiếp nhận.",
    "dossier.invalid_working_days": "Số ngày làm việc (workingDays) không hợp lệ: {value}.",
    "dossier.invalid_due_date": "Ngày hẹn trả (dueDate) không hợp lệ: {value}.",
    "dossier.missing_due": "Thiếu cả ngày hẹn trả (dueDate) và số ngày làm việc (workingDays).",
    "dossier.invalid_cutoff": "Mốc giờ tiếp nhận (receiptCutoff) không hợp lệ: {value}.",
    "dossier.invalid_supplement": "Yêu cầu bổ sung hồ sơ thứ {index} không hợp lệ.",
    "dossier.invalid_reschedule": "Lần hẹn lại thứ {index} không hợp lệ (newDueDate, apologyAt).",
    "dossier.outside_calendar": "Ngày của hồ sơ nằm ngoài phạm vi lịch làm việc: {message}",
  },
  en: {
    "dossier.invalid_record": "The dossier record is not an object.",
    "dossier.invalid_agency": "The handling agency (agency) is missing or invalid.",
    "dossier.invalid_received_at": "Invalid receipt instant (receivedAt): {value}.",
    "dossier.invalid_completed_at": "Invalid completion instant (completedAt): {value}.",
    "dossier.completed_before_received": "The result was returned before the dossier was received.",
    "dossier.invalid_working_days": "Invalid number of working days (workingDays): {value}.",
    "dossier.invalid_due_date": "Invalid return date (dueDate): {value}.",
    "dossier.missing_due": "Neither a return date (dueDate) nor a number of working days (workingDays).",
    "dossier.invalid_cutoff": "Invalid receipt cut-off (receiptCutoff): {value}.",
    "dossier.invalid_supplement": "Supplement request number {index} is invalid.",
    "dossier.invalid_reschedule": "Rescheduling number {index} is invalid (newDueDate, apologyAt).",
    "dossier.outside_calendar": "A date of the dossier is outside the working-day calendar: {message}",
  },
});

/**
 * A reason code of a rejected dossier record.
 *
 * @example
 * ```ts
 * import type { DossierErrorCode } from "@cchc/deadlines";
 *
 * const code: DossierErrorCode = "dossier.missing_due";
 * ```
 *
 * @category Dossier timeliness
 */
export type DossierErrorCode = keyof (typeof dossierMessages)["vi"];
