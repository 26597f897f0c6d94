import { defineCatalogue } from "@cchc/core";

/**
 * Messages of the plan's rules (who owes a report, see `PLAN_RULES`), in Vietnamese and English.
 * Apart from {@link reportValidationMessages} so that the browser entry of one report validator, which
 * checks the shape alone, does not carry them.
 *
 * @example
 * ```ts
 * import { formatMessage } from "@cchc/core";
 * import { reportPlanMessages } from "@cchc/reports";
 *
 * formatMessage(reportPlanMessages, "report.sender_not_obliged", { actor: "so-tu-phap", what: "the media report", clause: "V.5", senders: "bao-ptth-bac-ninh" }, "en");
 * // => "\"so-tu-phap\" does not send \"the media report\" under the plan (V.5); it is sent by: bao-ptth-bac-ninh."
 * ```
 *
 * @category Messages
 */
export const reportPlanMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "report.sender_not_obliged": "\"{actor}\" không phải đơn vị gửi \"{what}\" theo Kế hoạch (mục {clause}); đơn vị gửi: {senders}.",
    "report.recipient_not_obliged": "\"{actor}\" không phải nơi nhận \"{what}\" theo Kế hoạch (mục {clause}); nơi nhận: {recipients}.",
    "report.plan_without_edge":
      "Kế hoạch \"{plan}\" không có luồng báo cáo \"{edge}\" của lược đồ {schema}: không kiểm tra được đơn vị gửi (chỉ kiểm tra cấu trúc: tùy chọn plan: false, hoặc cchc validate --shape-only).",
  },
  en: {
    "report.sender_not_obliged": "\"{actor}\" does not send \"{what}\" under the plan ({clause}); it is sent by: {senders}.",
    "report.recipient_not_obliged": "\"{actor}\" does not receive \"{what}\" under the plan ({clause}); it is sent to: {recipients}.",
    "report.plan_without_edge":
      "The plan \"{plan}\" has no reporting edge \"{edge}\" for the schema {schema}: the sender cannot be checked (to check the shape alone: the option plan: false, or cchc validate --shape-only).",
  },
});

/**
 * A code of {@link reportPlanMessages}.
 *
 * @example
 * ```ts
 * import type { ReportPlanRuleCode } from "@cchc/reports";
 *
 * const code: ReportPlanRuleCode = "report.sender_not_obliged";
 * ```
 *
 * @category Messages
 */
export type ReportPlanRuleCode = keyof (typeof reportPlanMessages)["vi"];
