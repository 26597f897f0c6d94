import { defineCatalogue } from "@cchc/core";

/**
 * The messages of `@cchc/intake` in Vietnamese (default) and English: every refusal of the service
 * (authentication, unknown schema or report, malformed request) and every HTTP-level error of the
 * handler. Validation issues of a report keep the messages of `@cchc/reports`.
 *
 * @example
 * ```ts
 * import { formatMessage } from "@cchc/core";
 * import { intakeMessages } from "@cchc/intake";
 *
 * formatMessage(intakeMessages, "intake.token_missing", {}, "en"); // => "A bearer token is required (Authorization: Bearer <token>)."
 * ```
 *
 * @category Errors and messages
 */
export const intakeMessages = defineCatalogue({
  vi: {
    "intake.unknown_schema": "Không có biểu mẫu báo cáo “{id}”. Các biểu mẫu: {ids}.",
    "intake.invalid_report": "Báo cáo không hợp lệ ({count} lỗi); không có gì được lưu.",
    "intake.unstorable_text": "Văn bản chứa ký tự không lưu được (U+0000 hoặc nửa cặp thay thế UTF-16 đứng riêng).",
    "intake.token_missing": "Cần mã truy cập của đơn vị (Authorization: Bearer <mã>).",
    "intake.token_invalid": "Mã truy cập không hợp lệ.",
    "intake.unit_mismatch": "Mã truy cập của đơn vị {tokenUnit} không được nộp báo cáo của đơn vị {reportUnit}.",
    "intake.not_resolver": "Đơn vị {unit} không được đánh dấu khó khăn, vướng mắc là đã giải quyết; chỉ {resolvers}.",
    "intake.report_not_found": "Không có báo cáo {schema} “{id}”.",
    "intake.revision_not_found": "Báo cáo {schema} “{id}” không có lần nộp thứ {revision}.",
    "intake.invalid_period": "Kỳ báo cáo “{input}” không hợp lệ; dùng 2026-02, 2026-Q1, 2026-H1, 2026-9M hoặc 2026.",
    "intake.invalid_year": "Năm “{input}” không hợp lệ; dùng một năm từ {min} đến {max}.",
    "intake.invalid_days": "Số ngày làm việc “{input}” không hợp lệ; dùng một số nguyên từ 0 đến {max}.",
    "intake.invalid_unit": "Đơn vị “{input}” không hợp lệ; dùng mã đơn vị của kế hoạch (ví dụ so-tu-phap, hoặc ubnd-xa-phuong:07663).",
    "intake.invalid_query": "Tham số “{name}” không hợp lệ: “{input}”.",
    "intake.synthesis_failed": "Không tổng hợp được kỳ {period}: {detail}",
    "intake.indicators_failed": "Không tính được chỉ số của báo cáo thống kê {id}: {detail}",
    "intake.timeliness_failed": "Không xác định được hạn nộp: {detail}",
    "intake.storage_failed": "Lỗi cơ sở dữ liệu; yêu cầu chưa được xử lý và không có gì được lưu.",
    "intake.invalid_tokens": "Tệp mã truy cập không hợp lệ: {detail}",
    "intake.migration_mismatch": "Cơ sở dữ liệu đã áp dụng bản chuyển đổi {version} ({name}) khác với bản của gói; không khởi động.",
    "intake.database_newer": "Cơ sở dữ liệu ở phiên bản lược đồ {version}, mới hơn gói này (tối đa {known}); hãy nâng cấp @cchc/intake.",
    "http.not_found": "Không tìm thấy đường dẫn {path}.",
    "http.method_not_allowed": "Phương thức {method} không được hỗ trợ ở đây; dùng {allow}.",
    "http.unsupported_media_type": "Nội dung phải là JSON (Content-Type: application/json; charset=utf-8), không phải “{type}”.",
    "http.payload_too_large": "Nội dung vượt quá giới hạn {limit} byte.",
    "http.invalid_encoding": "Nội dung không phải văn bản UTF-8 hợp lệ.",
    "http.invalid_json": "Nội dung không phải JSON hợp lệ.",
    "http.invalid_ijson":
      "Nội dung là JSON nhưng không theo I-JSON (RFC 7493): hệ thống khác có thể đọc khác đi hoặc không lưu được; không có gì được lưu. Xem chi tiết trong issues.",
    "http.internal_error": "Lỗi máy chủ; yêu cầu chưa được xử lý.",
  },
  en: {
    "intake.unknown_schema": "There is no report schema “{id}”. Schemas: {ids}.",
    "intake.invalid_report": "The report is invalid ({count} issues); nothing was stored.",
    "intake.unstorable_text": "The text holds a character that cannot be stored (U+0000 or a lone UTF-16 surrogate).",
    "intake.token_missing": "A bearer token is required (Authorization: Bearer <token>).",
    "intake.token_invalid": "The token is not valid.",
    "intake.unit_mismatch": "The token of unit {tokenUnit} may not submit a report of unit {reportUnit}.",
    "intake.not_resolver": "Unit {unit} may not mark difficulties as resolved; only {resolvers} may.",
    "intake.report_not_found": "There is no {schema} report “{id}”.",
    "intake.revision_not_found": "The {schema} report “{id}” has no revision {revision}.",
    "intake.invalid_period": "The reporting period “{input}” is not valid; use 2026-02, 2026-Q1, 2026-H1, 2026-9M or 2026.",
    "intake.invalid_year": "The year “{input}” is not valid; use a year from {min} to {max}.",
    "intake.invalid_days": "The number of working days “{input}” is not valid; use a whole number from 0 to {max}.",
    "intake.invalid_unit": "The unit “{input}” is not valid; use a unit id of the plan (such as so-tu-phap, or ubnd-xa-phuong:07663).",
    "intake.invalid_query": "The parameter “{name}” is not valid: “{input}”.",
    "intake.synthesis_failed": "The synthesis of {period} could not be built: {detail}",
    "intake.indicators_failed": "The indicators of the statistics report {id} could not be computed: {detail}",
    "intake.timeliness_failed": "The due date could not be determined: {detail}",
    "intake.storage_failed": "Database error; the request was not processed and nothing was stored.",
    "intake.invalid_tokens": "The tokens file is not valid: {detail}",
    "intake.migration_mismatch": "The database has migration {version} ({name}) applied with different contents from this package's; not starting.",
    "intake.database_newer": "The database schema is at version {version}, newer than this package knows (up to {known}); upgrade @cchc/intake.",
    "http.not_found": "No route for {path}.",
    "http.method_not_allowed": "Method {method} is not supported here; use {allow}.",
    "http.unsupported_media_type": "The body must be JSON (Content-Type: application/json; charset=utf-8), not “{type}”.",
    "http.payload_too_large": "The body exceeds the limit of {limit} bytes.",
    "http.invalid_encoding": "The body is not valid UTF-8 text.",
    "http.invalid_json": "The body is not valid JSON.",
    "http.invalid_ijson": "The body is JSON but not I-JSON (RFC 7493): other systems may read it differently or fail to store it; nothing was stored. See issues.",
    "http.internal_error": "Server error; the request was not processed.",
  },
});

/**
 * A message code of {@link intakeMessages}, also the `code` of the errors the intake returns.
 *
 * @example
 * ```ts
 * import type { IntakeMessageCode } from "@cchc/intake";
 *
 * const code: IntakeMessageCode = "intake.unit_mismatch";
 * ```
 *
 * @category Errors and messages
 */
export type IntakeMessageCode = keyof typeof intakeMessages.vi;
