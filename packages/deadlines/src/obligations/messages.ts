import { defineCatalogue } from "@cchc/core";

/**
 * Texts of obligations (`obligation.*`): precedence notes and reminders for the urging unit (đôn đốc),
 * in Vietnamese and English.
 *
 * @example
 * ```ts
 * import { obligationMessages } from "@cchc/deadlines";
 *
 * obligationMessages.vi["obligation.reminder_overdue"];
 * ```
 *
 * @category Obligations
 */
export const obligationMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "obligation.precedence": "Áp dụng hạn riêng ({due}) theo {source}; thay thế {overridden}. Lý do: {reason}",
    "obligation.overridden_due": "hạn mặc định theo {source} ({due})",
    "obligation.overridden_none": "hạn mặc định theo {source}",
    "obligation.reminder_due_soon": "Đề nghị {party} gửi {what} {period} đến {to} trước 24:00 {date} (còn {days} ngày làm việc).",
    "obligation.reminder_overdue": "{party} chưa gửi {what} {period} đến {to}: hạn {date}, đã quá {days} ngày làm việc. Đề nghị gửi ngay.",
    "obligation.reminder_from": "{unit} đôn đốc: {text}",
  },
  en: {
    "obligation.precedence": "The obligation's own deadline ({due}) applies, per {source}; it replaces {overridden}. Reason: {reason}",
    "obligation.overridden_due": "the default deadline of {source} ({due})",
    "obligation.overridden_none": "the default deadline of {source}",
    "obligation.reminder_due_soon": "{party}: please send the {what} for {period} to {to} before 24:00 on {date} ({days} working day(s) left).",
    "obligation.reminder_overdue": "{party} has not sent the {what} for {period} to {to}: due {date}, {days} working day(s) overdue. Please send it now.",
    "obligation.reminder_from": "Reminder from {unit}: {text}",
  },
});
