import { defineCatalogue } from "../i18n/catalogue.js";

/**
 * Plain-language replacements for a few of zod's structural messages (used by {@link zodErrorMap}):
 * a missing required field, an empty required text, a negative number where the minimum is 0, and a
 * value that is not one of a long list of allowed codes (zod would print the whole list).
 *
 * @example
 * ```ts
 * import { zodPlainMessages } from "@cchc/core";
 *
 * zodPlainMessages.vi["zod.required"]; // => "Thiếu trường bắt buộc."
 * ```
 *
 * @category zod helpers
 */
export const zodPlainMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "zod.required": "Thiếu trường bắt buộc.",
    "zod.empty": "Không được để trống.",
    "zod.negative": "Không được là số âm.",
    "zod.not_in_list": "Giá trị \"{received}\" không thuộc {count} giá trị cho phép (ví dụ: {examples}, …).",
  },
  en: {
    "zod.required": "Required field is missing.",
    "zod.empty": "Must not be empty.",
    "zod.negative": "Must not be negative.",
    "zod.not_in_list": "\"{received}\" is not one of the {count} allowed values (e.g. {examples}, …).",
  },
});
