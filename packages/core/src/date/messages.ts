import { defineCatalogue } from "../i18n/catalogue.js";

/**
 * Messages of civil-date errors (`date.*`), vi and en.
 *
 * @example
 * ```ts
 * import { dateMessages } from "@cchc/core";
 *
 * dateMessages.vi["date.invalid_format"];
 * ```
 *
 * @category Civil dates
 */
export const dateMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "date.invalid_format": "Ngày \"{input}\" không đúng định dạng YYYY-MM-DD.",
    "date.invalid_month": "Tháng {month} không tồn tại (ngày \"{input}\").",
    "date.invalid_day": "Ngày {day} không tồn tại trong tháng {month}/{year}.",
    "date.out_of_range": "Năm {year} nằm ngoài phạm vi hỗ trợ {min}–{max}.",
    "date.invalid_instant": "Thời điểm không hợp lệ (Invalid Date hoặc NaN).",
    "date.unsupported_input": "Không nhận dạng được giá trị ngày: {received}.",
  },
  en: {
    "date.invalid_format": "The date \"{input}\" is not in YYYY-MM-DD form.",
    "date.invalid_month": "Month {month} does not exist (date \"{input}\").",
    "date.invalid_day": "Day {day} does not exist in {month}/{year}.",
    "date.out_of_range": "Year {year} is outside the supported range {min}–{max}.",
    "date.invalid_instant": "Invalid instant (Invalid Date or NaN).",
    "date.unsupported_input": "Unrecognized date value: {received}.",
  },
});
