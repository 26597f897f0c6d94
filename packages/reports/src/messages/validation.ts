import { defineCatalogue } from "@cchc/core";

/**
 * Messages of the report validators' domain rules (`report.*`): the cross-field rules that a JSON Schema
 * cannot express (totals that must add up, dates inside the reporting month, unique entries…), in
 * Vietnamese and English. Structural errors (wrong type, missing field, unknown key) use zod's own `vi`
 * and `en` locales instead. Placeholders holding field names are JSON Pointers, the same in both
 * languages.
 *
 * @example
 * ```ts
 * import { formatMessage } from "@cchc/core";
 * import { reportValidationMessages } from "@cchc/reports";
 *
 * formatMessage(reportValidationMessages, "report.date_outside_month", { date: "2026-03-01", month: "2026-02" }, "en");
 * // => "The date 2026-03-01 is not in the reporting month 2026-02."
 * ```
 *
 * @category Messages
 */
export const reportValidationMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "report.blank_text": "Không được để trống (chỉ có khoảng trắng).",
    "report.invalid_month": "Tháng \"{input}\" không hợp lệ: cần dạng YYYY-MM, năm 2000–2199 (ví dụ 2026-02).",
    "report.invalid_period": "Kỳ báo cáo \"{input}\" không hợp lệ: cần 2026-02, 2026-Q1, 2026-H1, 2026-9M hoặc 2026.",
    "report.invalid_cchc_period": "Kỳ báo cáo CCHC \"{input}\" không hợp lệ: cần 2026-Q1, 2026-H1 (6 tháng), 2026-Q3 hoặc 2026 (năm).",
    "report.invalid_quarter": "Quý \"{input}\" không hợp lệ: cần dạng 2026-Q1 … 2026-Q4.",
    "report.invalid_commune_code": "Mã xã, phường \"{input}\" không hợp lệ: cần 5 chữ số (ví dụ 07663).",
    "report.invalid_extra_key": "Khóa \"{input}\" không hợp lệ: chữ thường không dấu và số, nối bằng -, _ hoặc . (ví dụ views, social.shares).",
    "report.sum_mismatch": "{parts} = {sum}, không khớp với {whole} = {total}.",
    "report.parts_exceed_total": "{parts} = {sum}, vượt quá {whole} = {total}.",
    "report.date_outside_month": "Ngày {date} không thuộc tháng báo cáo {month}.",
    "report.date_outside_window": "Ngày {date} nằm ngoài kỳ chốt số liệu {start} → {end}.",
    "report.date_before": "Ngày {date} sớm hơn {other} ({otherDate}).",
    "report.window_order": "Ngày bắt đầu {start} sau ngày kết thúc {end}.",
    "report.window_outside_period":
      "Kỳ chốt số liệu {start} → {end} không khớp kỳ báo cáo {period}: phải kết thúc trong khoảng {endFrom} → {endTo} và bắt đầu từ {startFrom}.",
    "report.duplicate": "Giá trị \"{value}\" bị lặp lại (đã có tại {first}).",
    "report.unknown_reference": "\"{value}\" không khớp với mục nào trong {list}.",
    "report.airtime_without_air": "Kênh {channel} không phát sóng: thời lượng {value} phút phải là 0 (chỉ phát thanh, truyền hình có thời lượng).",
    "report.forms_required": "Chưa khai hình thức thể hiện trong khi đã đăng, phát {items} tin, bài (nội dung báo cáo theo mục V.5).",
    "report.broadcasts_exceed_editions": "Có {listed} lần phát sóng, đăng tải thuộc chuyên mục \"{section}\", nhiều hơn số kỳ {whole} = {count}.",
    "report.channel_mismatch": "Kênh {channel} khác kênh của chuyên mục \"{section}\" ({at} = {sectionChannel}).",
    "report.list_exceeds_count": "Danh sách có {listed} mục, nhiều hơn số đã khai {whole} = {count}.",
    "report.requires_nonzero": "{field} = {value} nhưng {required} = 0.",
    "report.commune_code_required": "Đơn vị cấp xã \"{actor}\" cần có mã xã, phường (communeCode, 5 chữ số).",
    "report.commune_code_not_allowed": "Chỉ đơn vị cấp xã mới có mã xã, phường; \"{actor}\" không phải đơn vị cấp xã.",
    "report.unknown_source": "Nguồn số {index} không tồn tại (danh sách nguồn có {count} mục).",
    "report.missing_provenance": "Số liệu khác 0 ({value}) nhưng không ghi báo cáo nguồn (sources rỗng).",
    "report.month_outside_coverage": "Tháng/quý {month} nằm ngoài phạm vi tổng hợp {from} → {to}.",
    "report.coverage_order": "Tháng bắt đầu {from} sau tháng kết thúc {to}.",
    "report.validator_failed": "Không kiểm tra được dữ liệu: {detail}.",
    "report.unknown_schema": "Không có lược đồ báo cáo \"{id}\" (các lược đồ hiện có: {ids}).",
    "report.too_many_issues": "Còn {count} lỗi khác không được liệt kê.",
  },
  en: {
    "report.blank_text": "Must not be blank (white space only).",
    "report.invalid_month": "The month \"{input}\" is invalid: expected YYYY-MM, years 2000–2199 (e.g. 2026-02).",
    "report.invalid_period": "The period \"{input}\" is invalid: expected 2026-02, 2026-Q1, 2026-H1, 2026-9M or 2026.",
    "report.invalid_cchc_period": "The CCHC period \"{input}\" is invalid: expected 2026-Q1, 2026-H1 (6 months), 2026-Q3 or 2026 (year).",
    "report.invalid_quarter": "The quarter \"{input}\" is invalid: expected 2026-Q1 … 2026-Q4.",
    "report.invalid_commune_code": "The commune code \"{input}\" is invalid: expected 5 digits (e.g. 07663).",
    "report.invalid_extra_key": "The key \"{input}\" is invalid: lower-case ASCII letters and digits joined by -, _ or . (e.g. views, social.shares).",
    "report.sum_mismatch": "{parts} = {sum}, which does not match {whole} = {total}.",
    "report.parts_exceed_total": "{parts} = {sum}, more than {whole} = {total}.",
    "report.date_outside_month": "The date {date} is not in the reporting month {month}.",
    "report.date_outside_window": "The date {date} is outside the data window {start} → {end}.",
    "report.date_before": "The date {date} is earlier than {other} ({otherDate}).",
    "report.window_order": "The start date {start} is after the end date {end}.",
    "report.window_outside_period":
      "The data window {start} → {end} does not fit the reporting period {period}: it must end between {endFrom} and {endTo} and start on or after {startFrom}.",
    "report.duplicate": "The value \"{value}\" appears more than once (first at {first}).",
    "report.unknown_reference": "\"{value}\" matches no entry of {list}.",
    "report.airtime_without_air": "The channel {channel} does not broadcast: {value} minutes of airtime must be 0 (only radio and television have airtime).",
    "report.forms_required": "No form of presentation is given although {items} news items and articles were published (a content of the report under V.5).",
    "report.broadcasts_exceed_editions": "{listed} broadcasts or postings belong to the section \"{section}\", more than {whole} = {count} editions.",
    "report.channel_mismatch": "The channel {channel} differs from the channel of the section \"{section}\" ({at} = {sectionChannel}).",
    "report.list_exceeds_count": "The list has {listed} entries, more than {whole} = {count}.",
    "report.requires_nonzero": "{field} = {value} but {required} = 0.",
    "report.commune_code_required": "The commune-level unit \"{actor}\" needs a commune or ward code (communeCode, 5 digits).",
    "report.commune_code_not_allowed": "Only commune-level units carry a commune or ward code; \"{actor}\" is not one.",
    "report.unknown_source": "Source number {index} does not exist (the source list has {count} entries).",
    "report.missing_provenance": "A non-zero figure ({value}) names no source report (empty sources).",
    "report.month_outside_coverage": "The month or quarter {month} is outside the synthesis coverage {from} → {to}.",
    "report.coverage_order": "The first month {from} is after the last month {to}.",
    "report.validator_failed": "The data could not be checked: {detail}.",
    "report.unknown_schema": "There is no report schema \"{id}\" (known schemas: {ids}).",
    "report.too_many_issues": "{count} more issues are not listed.",
  },
});

/**
 * A code of {@link reportValidationMessages}.
 *
 * @example
 * ```ts
 * import type { ReportValidationCode } from "@cchc/reports";
 *
 * const code: ReportValidationCode = "report.sum_mismatch";
 * ```
 *
 * @category Messages
 */
export type ReportValidationCode = keyof (typeof reportValidationMessages)["vi"];
