import { defineCatalogue } from "@cchc/core";

/**
 * Messages of date-time input errors (`calendar.instant_without_offset`, `calendar.invalid_time`), Vietnamese and English; the other date errors reuse `@cchc/core`'s `date.*` codes.
 *
 * @example
 * ```ts
 * import { civilDateMessages } from "@cchc/calendar";
 * import { catalogueProblems } from "@cchc/core";
 *
 * catalogueProblems(civilDateMessages); // => []
 * ```
 *
 * @category Messages
 */
export const civilDateMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "calendar.instant_without_offset":
      "Thời điểm \"{input}\" thiếu múi giờ (Z hoặc +07:00) nên không xác định được ngày; hãy ghi ngày dạng YYYY-MM-DD hoặc thêm múi giờ.",
    "calendar.invalid_time": "Giờ, phút, giây hoặc múi giờ không hợp lệ trong \"{input}\".",
  },
  en: {
    "calendar.instant_without_offset":
      "The date-time \"{input}\" has no offset (Z or +07:00), so its date is ambiguous; write a YYYY-MM-DD date or add the offset.",
    "calendar.invalid_time": "Invalid hour, minute, second or offset in \"{input}\".",
  },
});

/**
 * Messages of lunar-calendar errors (`lunar.*`), Vietnamese and English.
 *
 * @example
 * ```ts
 * import { lunarMessages } from "@cchc/calendar";
 * import { catalogueProblems } from "@cchc/core";
 *
 * catalogueProblems(lunarMessages); // => []
 * ```
 *
 * @category Messages
 */
export const lunarMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "lunar.invalid_input": "Ngày âm lịch phải là { year, month, day, leap } với year, month, day là số nguyên; nhận được {received}.",
    "lunar.year_out_of_range": "Năm âm lịch {year} nằm ngoài phạm vi hỗ trợ {min} – {max}.",
    "lunar.invalid_month": "Tháng âm lịch {month} không tồn tại (chỉ có tháng 1 – 12).",
    "lunar.invalid_day": "Tháng {month} năm {year} âm lịch có {length} ngày, không có ngày {day}.",
    "lunar.not_leap_month": "Năm {year} âm lịch không có tháng {month} nhuận (tháng nhuận của năm này là tháng {leapMonth}).",
    "lunar.no_leap_month": "Năm {year} âm lịch không có tháng nhuận, nên không có tháng {month} nhuận.",
    "lunar.out_of_range": "Ngày âm lịch {day}/{month}/{year} rơi ngoài phạm vi dương lịch hỗ trợ {min} – {max}.",
  },
  en: {
    "lunar.invalid_input": "A lunar date must be { year, month, day, leap } with integer year, month and day; received {received}.",
    "lunar.year_out_of_range": "Lunar year {year} is outside the supported range {min} – {max}.",
    "lunar.invalid_month": "Lunar month {month} does not exist (months are 1 – 12).",
    "lunar.invalid_day": "Lunar month {month} of {year} has {length} days; day {day} does not exist.",
    "lunar.not_leap_month": "Lunar year {year} has no leap month {month} (its leap month is month {leapMonth}).",
    "lunar.no_leap_month": "Lunar year {year} has no leap month, so there is no leap month {month}.",
    "lunar.out_of_range": "The lunar date {day}/{month}/{year} falls outside the supported solar range {min} – {max}.",
  },
});

/**
 * Messages of working-calendar errors (`calendar.*`: ranges, counts, agency options), Vietnamese and English.
 *
 * @example
 * ```ts
 * import { calendarMessages } from "@cchc/calendar";
 * import { catalogueProblems } from "@cchc/core";
 *
 * catalogueProblems(calendarMessages); // => []
 * ```
 *
 * @category Messages
 */
export const calendarMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "calendar.out_of_range": "Ngày {date} nằm ngoài phạm vi của lịch \"{calendar}\" ({from} – {to}).",
    "calendar.year_out_of_range": "Năm {year} nằm ngoài phạm vi của lịch \"{calendar}\" ({from} – {to}).",
    "calendar.invalid_epoch_day": "Số ngày (epoch day) {received} không phải số nguyên trong phạm vi của lịch \"{calendar}\".",
    "calendar.invalid_count": "Số ngày làm việc phải là số nguyên, nhận được {received}.",
    "calendar.result_out_of_range":
      "Kết quả vượt ra ngoài phạm vi của lịch \"{calendar}\" ({from} – {to}) khi tính {n} ngày làm việc từ {date}.",
    "calendar.invalid_weekmask":
      "Lịch làm việc trong tuần (weekmask) phải gồm 7 giá trị từ thứ Hai đến Chủ nhật, ít nhất một ngày làm việc; nhận được {received}.",
    "calendar.invalid_override": "Ngày điều chỉnh riêng \"{field}\" thứ {index} không hợp lệ: {problem}",
    "calendar.duplicate_override": "Ngày {date} được khai báo nhiều lần trong các ngày điều chỉnh riêng.",
    "calendar.invalid_id": "Mã lịch phải là chuỗi không rỗng (tối đa 100 ký tự), nhận được {received}.",
    "calendar.invalid_base": "Lịch gốc (base) phải là một lịch tạo bởi vietnamCalendar hoặc createWorkCalendar, nhận được {received}.",
    "calendar.invalid_range": "Phạm vi năm {from} – {to} không hợp lệ; phải nằm trong {min} – {max} và năm đầu không lớn hơn năm cuối.",
    "calendar.invalid_cultural_day":
      "Ngày Văn hóa Việt Nam (24/11) chỉ có thể áp dụng từ một năm nguyên trong khoảng {min} – {max}; nhận được {received}.",
  },
  en: {
    "calendar.out_of_range": "{date} is outside the range of calendar \"{calendar}\" ({from} – {to}).",
    "calendar.year_out_of_range": "Year {year} is outside the range of calendar \"{calendar}\" ({from} – {to}).",
    "calendar.invalid_epoch_day": "Epoch day {received} is not an integer within the range of calendar \"{calendar}\".",
    "calendar.invalid_count": "The number of working days must be an integer; received {received}.",
    "calendar.result_out_of_range":
      "The result leaves the range of calendar \"{calendar}\" ({from} – {to}) when counting {n} working days from {date}.",
    "calendar.invalid_weekmask":
      "A weekmask needs 7 values, Monday to Sunday, with at least one working day; received {received}.",
    "calendar.invalid_override": "Agency day \"{field}\" number {index} is invalid: {problem}",
    "calendar.duplicate_override": "{date} is listed more than once among the agency's own days.",
    "calendar.invalid_id": "A calendar id must be a non-empty string (at most 100 characters); received {received}.",
    "calendar.invalid_base": "The base must be a calendar made by vietnamCalendar or createWorkCalendar; received {received}.",
    "calendar.invalid_range": "The year range {from} – {to} is invalid; it must lie within {min} – {max} with the first year not after the last.",
    "calendar.invalid_cultural_day":
      "Vietnamese Culture Day (24/11) can only start in a whole year within {min} – {max}; received {received}.",
  },
});

/**
 * Every catalogue of this package; each is a separate constant so that a bundle only carries the
 * messages of the features it uses.
 *
 * @example
 * ```ts
 * import { calendarCatalogues } from "@cchc/calendar";
 * import { catalogueProblems } from "@cchc/core";
 *
 * calendarCatalogues.flatMap(catalogueProblems); // => []
 * ```
 *
 * @category Messages
 */
export const calendarCatalogues = [civilDateMessages, lunarMessages, calendarMessages] as const;

/**
 * A message key of any of {@link calendarCatalogues}, also the `code` of the error it produces.
 *
 * @example
 * ```ts
 * import type { CalendarMessageKey } from "@cchc/calendar";
 *
 * const code: CalendarMessageKey = "lunar.invalid_day";
 * ```
 *
 * @category Messages
 */
export type CalendarMessageKey =
  | keyof (typeof civilDateMessages)["vi"]
  | keyof (typeof lunarMessages)["vi"]
  | keyof (typeof calendarMessages)["vi"];
