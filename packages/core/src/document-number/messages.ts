import { defineCatalogue } from "../i18n/catalogue.js";

/**
 * Messages of document-number parsing errors and warnings (`docnum.*`, `input.*`), vi and en.
 *
 * @example
 * ```ts
 * import { documentNumberMessages } from "@cchc/core";
 *
 * documentNumberMessages.en["docnum.empty"]; // => "The document number is empty."
 * ```
 *
 * @category Document numbers
 */
export const documentNumberMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "input.not_string": "Giá trị phải là chuỗi ký tự, nhận được {received}.",
    "input.too_long": "Chuỗi quá dài: {length} ký tự (tối đa {max}).",
    "docnum.empty": "Số, ký hiệu văn bản trống.",
    "docnum.missing_slash": "Thiếu \"/\" giữa số và ký hiệu: \"{input}\".",
    "docnum.invalid_number": "Số \"{value}\" không hợp lệ (số nguyên dương, tối đa 7 chữ số).",
    "docnum.invalid_year": "Năm \"{value}\" không hợp lệ (4 chữ số, {min}–{max}).",
    "docnum.missing_symbol": "Thiếu ký hiệu sau số \"{number}\".",
    "docnum.empty_segment": "Ký hiệu \"{symbol}\" có nhóm chữ trống.",
    "docnum.invalid_character": "Ký tự \"{char}\" không được phép.",
    "docnum.unexpected_space": "Khoảng trắng thừa trong \"{segment}\".",
    "docnum.too_many_parts": "\"{input}\" có quá nhiều phần \"/\".",
    "docnum.unknown_type": "Mã loại \"{code}\" không có trong Phụ lục III NĐ 30/2020/NĐ-CP.",
    "docnum.type_suggestion": "Có phải mã loại \"{suggestion}\"?",
    "docnum.no_type": "Ký hiệu \"{symbol}\" không có mã loại văn bản.",
  },
  en: {
    "input.not_string": "Expected a string, received {received}.",
    "input.too_long": "String too long: {length} characters (at most {max}).",
    "docnum.empty": "The document number is empty.",
    "docnum.missing_slash": "Missing \"/\" between number and symbol: \"{input}\".",
    "docnum.invalid_number": "Invalid number \"{value}\" (a positive integer of at most 7 digits).",
    "docnum.invalid_year": "Invalid year \"{value}\" (4 digits, {min}–{max}).",
    "docnum.missing_symbol": "Missing symbol after number \"{number}\".",
    "docnum.empty_segment": "The symbol \"{symbol}\" has an empty group.",
    "docnum.invalid_character": "Character \"{char}\" is not allowed.",
    "docnum.unexpected_space": "Unexpected space in \"{segment}\".",
    "docnum.too_many_parts": "\"{input}\" has too many \"/\" parts.",
    "docnum.unknown_type": "Type code \"{code}\" is not in Appendix III of Decree 30/2020/NĐ-CP.",
    "docnum.type_suggestion": "Did you mean type code \"{suggestion}\"?",
    "docnum.no_type": "The symbol \"{symbol}\" has no document type code.",
  },
});
