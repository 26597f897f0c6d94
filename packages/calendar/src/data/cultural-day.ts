/**
 * Ngày Văn hóa Việt Nam (24/11): decided as policy, not confirmed as law. **UNCONFIRMED** — the calendar
 * leaves it off unless the caller enables it with a first year. Facts:
 * ../shared/domain/calendar-and-deadlines.md §1.2.
 * - Nghị quyết 80-NQ/TW (Politburo, 07/01/2026) chooses 24/11 as Ngày Văn hóa Việt Nam, intended as
 *   a day off on full pay (SECONDARY, several news sources agree);
 * - Nghị quyết 30/NQ-CP (26/02/2026) tasks the agencies with amending Điều 112 khoản 1 BLLĐ;
 * - the Pháp điển mirror (2026-07-23) still shows the unamended Điều 112.
 * Unknown: whether the National Assembly passed the amendment and from which year it applies.
 *
 * So 24/11 is a **working day by default** (a Tuesday in 2026); `vietnamCalendar({ culturalDay: {
 * enabled: true, fromYear } })`, or `--culture-day <year>` of the `cchc` date commands, makes it a
 * public holiday (with nghỉ bù when it falls on a weekend). Holiday datasets published after the facts
 * file cite a National Assembly resolution, Nghị quyết 28/2026/QH16 (Article 2, in force 2026-07-01),
 * as making it a paid day off; the project has not read that text, so the note says so and the default
 * stays until the facts file confirms it.
 */
import type { Citation, Label } from "@cchc/core";

/**
 * The configurable 24/11 holiday: its date, name, source, and the earliest first year the calendar
 * accepts (2026, the year of the Politburo resolution).
 *
 * @example
 * ```ts
 * import { CULTURAL_DAY } from "@cchc/calendar";
 *
 * CULTURAL_DAY.citation.confidence; // => "UNCONFIRMED"
 * CULTURAL_DAY.enabledByDefault; // => false
 * ```
 *
 * @category Calendar data
 */
export const CULTURAL_DAY: {
  readonly month: 11;
  readonly day: 24;
  readonly name: Label;
  readonly earliestYear: 2026;
  readonly enabledByDefault: false;
  readonly citation: Citation;
} = {
  month: 11,
  day: 24,
  name: { vi: "Ngày Văn hóa Việt Nam (24/11)", en: "Vietnamese Culture Day (24 November)" },
  earliestYear: 2026,
  enabledByDefault: false,
  citation: {
    document: "80-NQ/TW",
    issuer: "Bộ Chính trị",
    date: "2026-01-07",
    url: "https://plo.vn/nguoi-lao-dong-ca-nuoc-duoc-nghi-trong-ngay-van-hoa-viet-nam-24-11-post891154.html",
    confidence: "UNCONFIRMED",
    note:
      "Policy decided (80-NQ/TW, 07/01/2026); Nghị quyết 30/NQ-CP (26/02/2026) tasks amending Điều 112 khoản 1 BLLĐ 2019 " +
      "(vneconomy.vn). Not yet law in the project's sources as of 2026-07-23: enactment and first year UNCONFIRMED. " +
      "A working day unless enabled: vietnamCalendar({ culturalDay: { enabled: true, fromYear: 2026 } }), or cchc --culture-day 2026. " +
      "Later holiday datasets cite Nghị quyết 28/2026/QH16 (Quốc hội, Article 2, in force 2026-07-01) as making it a paid day off; " +
      "not read by the project: check it before relying on the default.",
  },
};
