import { defineCatalogue } from "@cchc/core";

/**
 * Templates of the explanation steps (`step.*`) of an evaluated deadline, in Vietnamese and English.
 * Placeholders holding days are filled with the day written in each language.
 *
 * @example
 * ```ts
 * import { deadlineStepMessages } from "@cchc/deadlines";
 *
 * deadlineStepMessages.en["step.end_of_day"];
 * ```
 *
 * @category Evaluating a deadline
 */
export const deadlineStepMessages = /* @__PURE__ */ defineCatalogue({
  vi: {
    "step.period": "Kỳ báo cáo {period}: từ {start} đến {end}.",
    "step.window": "Thời gian chốt số liệu ({regime}): từ {start} đến {end}.",
    "step.due_rule": "Hạn nộp theo {source}.",
    "step.month": "Ngày {day} được tính trong {month} ({offset} tháng sau tháng cuối của kỳ).",
    "step.day_clamped": "Tháng {month} không có ngày {day}: lấy ngày cuối tháng, {date}.",
    "step.reading": "\"{wording}\" được hiểu là {reading} ({source}): ngày cuối cùng được phép là {date}.",
    "step.working_day": "{date} là ngày làm việc.",
    "step.rest_day_kept": "{date} là ngày nghỉ ({why}); hạn được giữ nguyên (ngày đó vẫn kết thúc lúc 24:00).",
    "step.rest_day_moved": "{date} là ngày nghỉ ({why}); {policy}: {target}.",
    "step.anchor": "Mốc tính thời hạn: {anchor}, {date}.",
    "step.civil_start": "Không tính ngày {start} (khoản 2–3 Điều 147 Bộ luật Dân sự); thời hạn tính từ {next}.",
    "step.civil_end": "Thời hạn {amount} {unit} kết thúc vào ngày tương ứng: {date} (Điều 148 Bộ luật Dân sự).",
    "step.civil_month_clamped": "Tháng cuối của thời hạn không có ngày tương ứng: kết thúc vào ngày cuối tháng, {date} (khoản 3 Điều 148).",
    "step.receipt": "Tiếp nhận {date} lúc {time} (giờ Việt Nam).",
    "step.receipt_date": "Tiếp nhận {date}.",
    "step.receipt_after_cutoff": "Tiếp nhận sau {cutoff}: tính như tiếp nhận vào ngày làm việc tiếp theo, {target}.",
    "step.receipt_rest_day": "{date} không phải ngày làm việc ({why}): tính như tiếp nhận vào ngày làm việc tiếp theo, {target}.",
    "step.working_days": "{days} ngày làm việc sau {start} (không tính ngày tiếp nhận): {date}.",
    "step.same_day": "Giải quyết trong ngày làm việc: {date}.",
    "step.end_of_day": "Hạn kết thúc lúc 24:00 {date}, giờ Việt Nam (khoản 6 Điều 148 Bộ luật Dân sự): thời điểm {instant}.",
    "step.readings_differ": "Văn bản có {count} cách hiểu cho {dates} hạn khác nhau: sớm nhất {earliest}, muộn nhất {latest}. Nộp chậm nhất {earliest} là đúng hạn theo mọi cách hiểu.",
    "step.estimated": "Lịch ngày nghỉ dùng cho hạn này là ước tính (chưa có thông báo chính thức).",
  },
  en: {
    "step.period": "Reporting period {period}: {start} to {end}.",
    "step.window": "Data window ({regime}): {start} to {end}.",
    "step.due_rule": "Deadline as set by {source}.",
    "step.month": "Day {day} is taken in {month} ({offset} month(s) after the period's last month).",
    "step.day_clamped": "{month} has no day {day}: the month's last day is used, {date}.",
    "step.reading": "\"{wording}\" is read as {reading} ({source}): the last allowed day is {date}.",
    "step.working_day": "{date} is a working day.",
    "step.rest_day_kept": "{date} is a rest day ({why}); the deadline is kept (the day still ends at 24:00).",
    "step.rest_day_moved": "{date} is a rest day ({why}); {policy}: {target}.",
    "step.anchor": "The period runs from {anchor}, {date}.",
    "step.civil_start": "{start} is not counted (Civil Code Article 147(2)–(3)); counting starts on {next}.",
    "step.civil_end": "A period of {amount} {unit} ends on the corresponding day: {date} (Civil Code Article 148).",
    "step.civil_month_clamped": "The last month has no corresponding day: the period ends on the month's last day, {date} (Article 148(3)).",
    "step.receipt": "Received {date} at {time} (Vietnam time).",
    "step.receipt_date": "Received {date}.",
    "step.receipt_after_cutoff": "Received after {cutoff}: counted as received on the next working day, {target}.",
    "step.receipt_rest_day": "{date} is not a working day ({why}): counted as received on the next working day, {target}.",
    "step.working_days": "{days} working day(s) after {start} (the day of receipt not counted): {date}.",
    "step.same_day": "Handled within the working day: {date}.",
    "step.end_of_day": "The deadline ends at 24:00 on {date}, Vietnam time (Civil Code Article 148(6)): the instant {instant}.",
    "step.readings_differ": "The text has {count} readings giving {dates} different dates: earliest {earliest}, latest {latest}. Sending by {earliest} is on time under every reading.",
    "step.estimated": "The holiday calendar used for this deadline is an estimate (no official schedule yet).",
  },
});

/**
 * A step code of an explanation.
 *
 * @example
 * ```ts
 * import type { DeadlineStepCode } from "@cchc/deadlines";
 *
 * const code: DeadlineStepCode = "step.rest_day_moved";
 * ```
 *
 * @category Evaluating a deadline
 */
export type DeadlineStepCode = keyof (typeof deadlineStepMessages)["vi"];
