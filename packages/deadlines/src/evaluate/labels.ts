import { epochDayToIso, interpolate, type Label, type MessageParams } from "@cchc/core";
import type { DeadlineDayInfo } from "../calendar/types.js";
import type { DayReading, DayWording, RestDayPolicy, RuleAnchor } from "../model/rule-schema.js";
import { formatDay } from "../time/format.js";
import { deadlineStepMessages, type DeadlineStepCode } from "./step-messages.js";

/**
 * One step of an evaluation: a stable code, its raw parameters (days as ISO dates) and the text in
 * both languages.
 *
 * @example
 * ```ts
 * import type { DeadlineStep } from "@cchc/deadlines";
 *
 * const step: DeadlineStep = {
 *   code: "step.working_day",
 *   params: { date: "2026-03-09" },
 *   text: { vi: "Thứ Hai, 09/03/2026 là ngày làm việc.", en: "Monday 9 March 2026 is a working day." },
 * };
 * ```
 *
 * @category Evaluating a deadline
 */
export interface DeadlineStep {
  /** Stable code (see {@link deadlineStepMessages}). */
  readonly code: DeadlineStepCode;
  /** Raw values: numbers, ISO dates, and Vietnamese text of labels. */
  readonly params: MessageParams;
  /** The step, written out in Vietnamese and English. */
  readonly text: Label;
}

/** Values of a step: plain values, days (epoch days, written per language) and bilingual labels. */
export interface StepValues {
  readonly values?: Readonly<Record<string, string | number>>;
  readonly days?: Readonly<Record<string, number>>;
  readonly labels?: Readonly<Record<string, Label>>;
}

export function makeStep(code: DeadlineStepCode, v: StepValues = {}): DeadlineStep {
  const vi: Record<string, string | number> = { ...v.values };
  const en: Record<string, string | number> = { ...v.values };
  const params: Record<string, string | number> = { ...v.values };
  for (const [key, day] of Object.entries(v.days ?? {})) {
    vi[key] = formatDay(day, "vi");
    en[key] = formatDay(day, "en");
    params[key] = epochDayToIso(day);
  }
  for (const [key, label] of Object.entries(v.labels ?? {})) {
    vi[key] = label.vi;
    en[key] = label.en;
    params[key] = label.vi;
  }
  return {
    code,
    params,
    text: { vi: interpolate(deadlineStepMessages.vi[code], vi), en: interpolate(deadlineStepMessages.en[code], en) },
  };
}

export const WORDING_LABELS = {
  before: (n: string): Label => ({ vi: `trước ngày ${n}`, en: `before day ${n}` }),
  "no-later-than": (n: string): Label => ({ vi: `chậm nhất ngày ${n}`, en: `no later than day ${n}` }),
} satisfies Record<DayWording, (n: string) => Label>;

export const READING_LABELS: Readonly<Record<DayReading, Label>> = {
  "on-or-before": { vi: "hạn đến hết chính ngày đó", en: "on or before that day" },
  "strictly-before": { vi: "hạn đến hết ngày liền trước ngày đó", en: "strictly before that day" },
};

export const POLICY_LABELS: Readonly<Record<RestDayPolicy, Label>> = {
  keep: { vi: "giữ nguyên", en: "kept" },
  "previous-working-day": { vi: "chuyển về ngày làm việc liền trước", en: "moved to the previous working day" },
  "next-working-day": { vi: "chuyển sang ngày làm việc tiếp theo", en: "moved to the next working day" },
};

export const ANCHOR_LABELS: Readonly<Record<RuleAnchor, Label>> = {
  event: { vi: "ngày xảy ra sự kiện", en: "the day of the event" },
  "period-end": { vi: "ngày cuối kỳ", en: "the last day of the period" },
  "window-end": { vi: "ngày chốt số liệu", en: "the data cut-off day" },
};

export const UNIT_LABELS: Readonly<Record<string, Label>> = {
  day: { vi: "ngày", en: "day(s)" },
  week: { vi: "tuần", en: "week(s)" },
  month: { vi: "tháng", en: "month(s)" },
  year: { vi: "năm", en: "year(s)" },
};

export const SOURCE_LABELS = {
  rule: { vi: "theo quy tắc", en: "as the rule states" },
  option: { vi: "theo lựa chọn của người dùng", en: "as requested" },
  default: { vi: "cách hiểu mặc định; nghĩa pháp lý chưa được xác nhận", en: "the default reading; its legal meaning is UNCONFIRMED" },
  plain: { vi: "theo nghĩa thông thường", en: "plain meaning" },
} as const satisfies Record<string, Label>;

const KIND_LABELS: Readonly<Record<string, Label>> = {
  weekend: { vi: "nghỉ cuối tuần", en: "weekend" },
  holiday: { vi: "nghỉ lễ, tết", en: "public holiday" },
  observed: { vi: "nghỉ bù", en: "substitute day off" },
  "swapped-off": { vi: "nghỉ hoán đổi", en: "swapped day off" },
  "agency-closed": { vi: "cơ quan nghỉ", en: "agency closed" },
};

/** Why a day is not worked, in both languages: the holiday's name if any, else its kind. */
export function restReason(info: DeadlineDayInfo): Label {
  const kind = KIND_LABELS[info.kind] ?? { vi: "ngày nghỉ", en: "rest day" };
  if (!info.name || info.kind === "weekend") return kind;
  return { vi: `${kind.vi}: ${info.name.vi}`, en: `${kind.en}: ${info.name.en}` };
}

/** The Vietnamese text of a month, "tháng 03/2026", and its English name. */
export function monthLabel(year: number, month: number): Label {
  const en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1];
  return { vi: `tháng ${String(month).padStart(2, "0")}/${year}`, en: `${en} ${year}` };
}

/** `{0}` placeholders in a label, filled. */
export function fillLabel(label: Label, params: MessageParams): Label {
  return { vi: interpolate(label.vi, params), en: interpolate(label.en, params) };
}
