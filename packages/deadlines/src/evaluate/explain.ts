import { DEFAULT_LANG, formatCitation, parseIsoDate, toEpochDay, type Lang } from "@cchc/core";
import { formatDay, formatShortDay } from "../time/format.js";
import { POLICY_LABELS, READING_LABELS } from "./labels.js";
import type { DeadlineEvaluation } from "./types.js";

const TEXT = {
  vi: {
    due: "Hạn: {date}, kết thúc lúc 24:00 (giờ Việt Nam).",
    how: "Cách tính:",
    readings: "Các cách hiểu có thể áp dụng:",
    selected: "đang áp dụng",
    default: "mặc định",
    safe: "Hạn an toàn theo mọi cách hiểu: {earliest}; hạn muộn nhất theo một cách hiểu: {latest}.",
    rest: "Ngày nghỉ lễ, tết trong khoảng này:",
    days: "ngày",
    sources: "Căn cứ:",
    estimated: "Lưu ý: lịch ngày nghỉ là ước tính.",
    noPolicy: "không cần chuyển ngày",
  },
  en: {
    due: "Due: {date}, ending at 24:00 (Vietnam time).",
    how: "How it is computed:",
    readings: "Admissible readings:",
    selected: "applied",
    default: "default",
    safe: "Safe under every reading: {earliest}; latest under some reading: {latest}.",
    rest: "Holidays in this span:",
    days: "days",
    sources: "Sources:",
    estimated: "Note: the holiday calendar is an estimate.",
    noPolicy: "no move needed",
  },
} as const;

const dayOf = (iso: string): number => {
  const d = parseIsoDate(iso);
  return d.ok ? toEpochDay(d.value) : Number.NaN;
};

/**
 * Paste-ready text of an evaluated deadline, in Vietnamese (default) or English: the due date and its
 * end at 24:00, the steps, every admissible reading when the wording is ambiguous, the holidays on the
 * way (for instance the Tết break), and the legal sources with their confidence.
 *
 * @param evaluation - The result of {@link evaluateDeadline}.
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns Several lines of text, NFC-normalized.
 * @example
 * ```ts
 * import { evaluateDeadline, explainDeadline, type DeadlineCalendar } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * const r = evaluateDeadline({ kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 }, { calendar, period: "2026-02" });
 * if (r.ok) console.log(explainDeadline(r.value, "en"));
 * ```
 *
 * @category Evaluating a deadline
 */
export function explainDeadline(evaluation: DeadlineEvaluation, lang: Lang = DEFAULT_LANG): string {
  const t = TEXT[lang];
  const lines: string[] = [t.due.replace("{date}", formatDay(evaluation.dueDay, lang)), t.how];
  evaluation.steps.forEach((s, i) => lines.push(`  ${i + 1}. ${lang === "en" ? s.text.en : s.text.vi}`));
  if (evaluation.readings.length > 1) {
    lines.push(t.readings);
    for (const r of evaluation.readings) {
      const parts: string[] = [];
      if (r.reading) parts.push(lang === "en" ? READING_LABELS[r.reading].en : READING_LABELS[r.reading].vi);
      if (r.policy) parts.push(lang === "en" ? POLICY_LABELS[r.policy].en : POLICY_LABELS[r.policy].vi);
      const tags = [r.isDefault ? t.default : "", r.selected ? t.selected : ""].filter(Boolean);
      lines.push(`  - ${parts.join(", ")}: ${formatDay(dayOf(r.due), lang)}${tags.length ? ` (${tags.join(", ")})` : ""}`);
    }
    if (evaluation.ambiguous) {
      lines.push(
        t.safe.replace("{earliest}", formatDay(dayOf(evaluation.earliestSafe), lang)).replace("{latest}", formatDay(dayOf(evaluation.latestSafe), lang)),
      );
    }
  }
  if (evaluation.restDays.length > 0) {
    lines.push(t.rest);
    for (const span of evaluation.restDays) {
      const names = span.names.map((n) => (lang === "en" ? n.en : n.vi)).join(", ");
      lines.push(`  - ${formatShortDay(dayOf(span.from), lang)} – ${formatShortDay(dayOf(span.to), lang)} (${span.days} ${t.days})${names ? `: ${names}` : ""}`);
    }
  }
  if (evaluation.estimated) lines.push(t.estimated);
  lines.push(t.sources);
  for (const c of evaluation.citations) lines.push(`  - ${formatCitation(c, lang)}`);
  return lines.join("\n").normalize("NFC");
}
