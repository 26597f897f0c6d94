/** The service's own messages (HTTP-level errors) in Vietnamese and English. */
import { defineCatalogue } from "@cchc/core";

export const apiMessages = defineCatalogue({
  vi: {
    "http.not_found": "Không tìm thấy đường dẫn {path}. Dùng POST /reports/<mã biểu mẫu> hoặc GET /schemas/<mã biểu mẫu>.",
    "http.unknown_schema": "Không có biểu mẫu báo cáo “{id}”. Các biểu mẫu: {ids}.",
    "http.method_not_allowed": "Phương thức {method} không được hỗ trợ ở đây; dùng {allow}.",
    "http.unsupported_media_type": "Nội dung phải là JSON (Content-Type: application/json; charset=utf-8), không phải “{type}”.",
    "http.payload_too_large": "Nội dung vượt quá giới hạn {limit} byte.",
    "http.invalid_encoding": "Nội dung không phải văn bản UTF-8 hợp lệ.",
    "http.invalid_json": "Nội dung không phải JSON hợp lệ.",
    "http.invalid_ijson":
      "Nội dung là JSON nhưng không theo I-JSON (RFC 7493): hệ thống khác có thể đọc khác đi hoặc không lưu được. Xem chi tiết trong issues.",
    "http.invalid_query": "Tham số {name} không nhận giá trị “{value}”; dùng một trong: {allowed}.",
    "http.internal_error": "Lỗi máy chủ; yêu cầu chưa được xử lý.",
  },
  en: {
    "http.not_found": "No route for {path}. Use POST /reports/<schema id> or GET /schemas/<schema id>.",
    "http.unknown_schema": "There is no report schema “{id}”. Schemas: {ids}.",
    "http.method_not_allowed": "Method {method} is not supported here; use {allow}.",
    "http.unsupported_media_type": "The body must be JSON (Content-Type: application/json; charset=utf-8), not “{type}”.",
    "http.payload_too_large": "The body exceeds the limit of {limit} bytes.",
    "http.invalid_encoding": "The body is not valid UTF-8 text.",
    "http.invalid_json": "The body is not valid JSON.",
    "http.invalid_ijson": "The body is JSON but not I-JSON (RFC 7493): other systems may read it differently or fail to store it. See issues.",
    "http.invalid_query": "The parameter {name} does not take the value “{value}”; use one of: {allowed}.",
    "http.internal_error": "Server error; the request was not processed.",
  },
});

/** A key of {@link apiMessages}. */
export type ApiMessageCode = keyof typeof apiMessages.vi;
