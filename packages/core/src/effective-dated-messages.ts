import { defineCatalogue } from "./i18n/catalogue.js";

/**
 * Messages of effective-dated parameter errors (`effective.*`), vi and en.
 *
 * @example
 * ```ts
 * import { effectiveDatedMessages } from "@cchc/core";
 *
 * effectiveDatedMessages.en["effective.empty"];
 * ```
 *
 * @category Effective-dated values
 */
export const effectiveDatedMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "effective.empty": "Tham số \"{id}\" không có giá trị nào.",
    "effective.unsorted": "Các giá trị của tham số \"{id}\" phải theo thứ tự ngày hiệu lực tăng dần và không trùng ngày ({date}).",
    "effective.before_first": "Tham số \"{id}\" chưa có hiệu lực vào ngày {date} (hiệu lực từ {from}).",
  },
  en: {
    "effective.empty": "The parameter \"{id}\" has no values.",
    "effective.unsorted": "The values of parameter \"{id}\" must be in increasing order of their effective date, without duplicates ({date}).",
    "effective.before_first": "The parameter \"{id}\" is not in force on {date} (in force from {from}).",
  },
});
