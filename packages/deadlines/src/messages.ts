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
 */
export const deadlineMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "deadline.invalid_period_id": "Mã kỳ báo cáo \"{input}\" không hợp lệ (ví dụ hợp lệ: 2026-02, 2026-Q1, 2026-H1, 2026-9M, 2026).",
    "deadline.year_out_of_range": "Năm {year} nằm ngoài phạm vi hỗ trợ {min}–{max}.",
    "deadline.reading_not_admissible": "Cách hiểu \"{reading}\" không phù hợp với cách diễn đạt \"{wording}\" (\"chậm nhất ngày N\" bao gồm chính ngày N).",
    "deadline.due_required": "Chế độ báo cáo \"{regime}\" không có hạn nộp mặc định: cần khai báo trường \"due\".",
  },
  en: {
    "deadline.invalid_period_id": "The period id \"{input}\" is invalid (valid examples: 2026-02, 2026-Q1, 2026-H1, 2026-9M, 2026).",
    "deadline.year_out_of_range": "Year {year} is outside the supported range {min}–{max}.",
    "deadline.reading_not_admissible": "The reading \"{reading}\" does not fit the wording \"{wording}\" (\"no later than day N\" includes day N).",
    "deadline.due_required": "The reporting regime \"{regime}\" has no default deadline: declare the \"due\" field.",
  },
});
