import { defineCatalogue } from "@cchc/core";

/**
 * Messages of `@cchc/deadlines` errors (`deadline.*`), in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { deadlineMessages } from "@cchc/deadlines";
 *
 * deadlineMessages.en["deadline.invalid_period_id"];
 * ```
 *
 * @category Messages
 */
export const deadlineMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "deadline.invalid_period_id": "Mã kỳ báo cáo \"{input}\" không hợp lệ (ví dụ hợp lệ: 2026-02, 2026-Q1, 2026-H1, 2026-9M, 2026).",
    "deadline.year_out_of_range": "Năm {year} nằm ngoài phạm vi hỗ trợ {min}–{max}.",
    "deadline.reading_not_admissible": "Cách hiểu \"{reading}\" không phù hợp với cách diễn đạt \"{wording}\" (\"chậm nhất ngày N\" bao gồm chính ngày N).",
    "deadline.due_required": "Chế độ báo cáo \"{regime}\" không có hạn nộp mặc định: cần khai báo trường \"due\".",
    "deadline.invalid_rule": "Quy tắc thời hạn không hợp lệ tại \"{path}\": {message}",
    "deadline.invalid_date": "Không đọc được ngày hoặc thời điểm {input} (dùng YYYY-MM-DD hoặc ISO 8601, ví dụ 2026-03-02T16:10:00+07:00).",
    "deadline.period_required": "Quy tắc \"{kind}\" cần kỳ báo cáo (period).",
    "deadline.event_required": "Quy tắc này tính từ một sự kiện: cần ngày hoặc thời điểm của sự kiện (event).",
    "deadline.period_not_in_regime": "Kỳ {period} không có trong {regime}.",
    "deadline.policy_not_admissible": "Cách xử lý ngày nghỉ \"{policy}\" trái với quy tắc đã xác định.",
    "deadline.calendar_error": "Lịch ngày làm việc báo lỗi: {message}",
    "deadline.invalid_obligation": "Nghĩa vụ không hợp lệ tại \"{path}\": {message}",
    "deadline.invalid_alarm": "Lời nhắc không hợp lệ: {days} ngày làm việc, lúc \"{time}\" (0–60 ngày, giờ HH:MM).",
    "deadline.invalid_uid_domain": "Tên miền UID \"{domain}\" không hợp lệ (chữ, số, dấu chấm, gạch ngang).",
  },
  en: {
    "deadline.invalid_period_id": "The period id \"{input}\" is invalid (valid examples: 2026-02, 2026-Q1, 2026-H1, 2026-9M, 2026).",
    "deadline.year_out_of_range": "Year {year} is outside the supported range {min}–{max}.",
    "deadline.reading_not_admissible": "The reading \"{reading}\" does not fit the wording \"{wording}\" (\"no later than day N\" includes day N).",
    "deadline.due_required": "The reporting regime \"{regime}\" has no default deadline: declare the \"due\" field.",
    "deadline.invalid_rule": "Invalid deadline rule at \"{path}\": {message}",
    "deadline.invalid_date": "Cannot read the date or instant {input} (use YYYY-MM-DD or ISO 8601, e.g. 2026-03-02T16:10:00+07:00).",
    "deadline.period_required": "A \"{kind}\" rule needs a reporting period.",
    "deadline.event_required": "This rule runs from an event: give the event's date or instant.",
    "deadline.period_not_in_regime": "Period {period} does not exist in {regime}.",
    "deadline.policy_not_admissible": "The rest-day policy \"{policy}\" contradicts the rule.",
    "deadline.calendar_error": "The working-day calendar failed: {message}",
    "deadline.invalid_obligation": "Invalid obligation at \"{path}\": {message}",
    "deadline.invalid_alarm": "Invalid reminder: {days} working days, at \"{time}\" (0–60 days, time HH:MM).",
    "deadline.invalid_uid_domain": "Invalid UID domain \"{domain}\" (letters, digits, dots, hyphens).",
  },
});
