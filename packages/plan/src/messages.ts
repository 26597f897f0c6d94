import { defineCatalogue } from "@cchc/core";

/**
 * The vi/en messages of `@cchc/plan`'s domain errors and integrity findings. Each key is also the `code`
 * of the error or issue it produces.
 *
 * @example
 * ```ts
 * import { catalogueProblems } from "@cchc/core";
 * import { planMessages } from "@cchc/plan";
 *
 * catalogueProblems(planMessages); // => []
 * ```
 *
 * @category Messages
 */
export const planMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "plan.input_too_long": "Dữ liệu nhập quá dài ({length} ký tự, tối đa {max}).",
    "plan.commune_empty": "Chưa nhập mã hoặc tên xã, phường.",
    "plan.commune_bad_code": "Mã đơn vị hành chính cấp xã không hợp lệ: {input} (cần 5 chữ số).",
    "plan.commune_code_not_found": "Không có xã, phường mang mã {code} trong tỉnh {province}.",
    "plan.commune_name_not_found": "Không tìm thấy xã, phường \"{input}\" trong tỉnh {province}.",
    "plan.commune_ambiguous": "Tên \"{input}\" khớp nhiều đơn vị: {candidates}. Hãy ghi rõ \"Xã\" hoặc \"Phường\".",
    "plan.duplicate_id": "Mã {id} bị trùng trong {collection}.",
    "plan.unknown_reference": "{path} tham chiếu {kind} không tồn tại: {id}.",
    "plan.unknown_clause": "{path} tham chiếu điều khoản không tồn tại: {id}.",
    "plan.unmapped_clause": "Điều khoản {id} của văn bản chưa được thực thể nào mã hóa.",
    "plan.invalid_document_number": "{path}: số, ký hiệu văn bản không hợp lệ ({input}): {reason}",
    "plan.parent_cycle": "{path}: quan hệ cha–con bị vòng lặp tại {id}.",
    "plan.period_inverted": "Thời gian của kế hoạch không hợp lệ: {from} sau {to}.",
    "plan.index_unknown_component": "Chỉ số {index} không có thành phần {component}.",
    "plan.index_bad_points": "Điểm của {component} không hợp lệ: {points}.",
    "plan.index_children_exceed": "Tổng điểm các thành phần của {component} ({sum}) vượt điểm tối đa {max}.",
    "plan.date_range_invalid": "Khoảng ngày không hợp lệ: {from} – {to}.",
    "plan.unknown_actor": "Không có chủ thể {id} trong kế hoạch.",
  },
  en: {
    "plan.input_too_long": "The input is too long ({length} characters, at most {max}).",
    "plan.commune_empty": "No commune or ward code or name was given.",
    "plan.commune_bad_code": "Invalid commune-level unit code: {input} (5 digits expected).",
    "plan.commune_code_not_found": "No commune or ward has code {code} in province {province}.",
    "plan.commune_name_not_found": "No commune or ward named \"{input}\" in province {province}.",
    "plan.commune_ambiguous": "\"{input}\" matches several units: {candidates}. Say \"Xã\" or \"Phường\".",
    "plan.duplicate_id": "The id {id} appears more than once in {collection}.",
    "plan.unknown_reference": "{path} refers to a {kind} that does not exist: {id}.",
    "plan.unknown_clause": "{path} refers to a clause that does not exist: {id}.",
    "plan.unmapped_clause": "Clause {id} of the text is not encoded by any entity.",
    "plan.invalid_document_number": "{path}: invalid document number ({input}): {reason}",
    "plan.parent_cycle": "{path}: the parent chain loops at {id}.",
    "plan.period_inverted": "Invalid plan period: {from} is after {to}.",
    "plan.index_unknown_component": "Index {index} has no component {component}.",
    "plan.index_bad_points": "Invalid points for {component}: {points}.",
    "plan.index_children_exceed": "The components of {component} add up to {sum}, more than its maximum {max}.",
    "plan.date_range_invalid": "Invalid date range: {from} – {to}.",
    "plan.unknown_actor": "The plan has no actor {id}.",
  },
});
