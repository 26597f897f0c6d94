import { defineCatalogue } from "@cchc/core";

/**
 * The vi/en messages of `@cchc/documents`: the metadata rules (`document.*` codes of
 * {@link validateDocumentMeta}) and the outcomes of {@link renderDocument}.
 *
 * @example
 * ```ts
 * import { documentMessages } from "@cchc/documents";
 *
 * documentMessages.en["document.signer_required"]; // => "a signed (non-draft) document needs its signer (signer)"
 * ```
 *
 * @category Errors and messages
 */
export const documentMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "document.blank_text": "không được chỉ gồm khoảng trắng",
    "document.invalid_date": "ngày không hợp lệ: {reason}",
    "document.invalid_number": "số, ký hiệu không hợp lệ: {reason}",
    "document.number_not_report": "số, ký hiệu \"{value}\" có loại văn bản \"{type}\", trong khi văn bản này là báo cáo (BC)",
    "document.invalid_symbol": "ký hiệu không hợp lệ: {reason}",
    "document.number_and_symbol": "chỉ ghi một trong hai: number (số và ký hiệu) hoặc symbol (ký hiệu, để trống số)",
    "document.number_required": "văn bản chính thức (không phải dự thảo) phải có số, ký hiệu (number)",
    "document.signer_required": "văn bản chính thức (không phải dự thảo) phải có người ký (signer)",
    "document.invalid_authority": "quyền hạn ký \"{value}\" phải bắt đầu bằng một trong {prefixes}",
    "document.unsupported_schema": "không có mẫu văn bản cho lược đồ \"{id}\"; các lược đồ có mẫu: {ids}",
    "document.invalid_report": "báo cáo không hợp lệ ({count} lỗi): không tạo văn bản",
    "document.invalid_meta": "thông tin văn bản không hợp lệ ({count} lỗi): không tạo văn bản",
    "document.draft_place_unknown": "không xác định được địa danh cho đơn vị \"{actor}\"",
  },
  en: {
    "document.blank_text": "must not be blank",
    "document.invalid_date": "invalid date: {reason}",
    "document.invalid_number": "invalid document number: {reason}",
    "document.number_not_report": "document number \"{value}\" has the type \"{type}\", but this document is a report (BC)",
    "document.invalid_symbol": "invalid symbol: {reason}",
    "document.number_and_symbol": "give either number (number and symbol) or symbol (symbol only, number left blank), not both",
    "document.number_required": "a signed (non-draft) document needs its number and symbol (number)",
    "document.signer_required": "a signed (non-draft) document needs its signer (signer)",
    "document.invalid_authority": "signing authority \"{value}\" must start with one of {prefixes}",
    "document.unsupported_schema": "no document template for schema \"{id}\"; schemas with one: {ids}",
    "document.invalid_report": "the report is invalid ({count} issues): no document made",
    "document.invalid_meta": "the document metadata is invalid ({count} issues): no document made",
    "document.draft_place_unknown": "cannot tell the place name of unit \"{actor}\"",
  },
});

/**
 * A message key of {@link documentMessages}.
 *
 * @example
 * ```ts
 * import type { DocumentMessageCode } from "@cchc/documents";
 *
 * const code: DocumentMessageCode = "document.invalid_report";
 * ```
 *
 * @category Errors and messages
 */
export type DocumentMessageCode = keyof typeof documentMessages.vi;
