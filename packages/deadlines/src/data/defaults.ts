/**
 * The documented defaults of the deadline rules, each with its legal basis and confidence. The
 * guide "Deadline semantics" explains every choice.
 */
import type { Citation, Label } from "@cchc/core";
import type { DayReading, DayWording, RestDayPolicy } from "../model/rule-schema.js";
import { DEADLINE_CITATIONS } from "./citations.js";

/**
 * A default value with the reason it was chosen.
 *
 * @typeParam T - The value's type.
 * @example
 * ```ts
 * import type { DocumentedDefault } from "@cchc/deadlines";
 *
 * const d: DocumentedDefault<number> = { value: 3, basis: [], rationale: { vi: "…", en: "…" } };
 * ```
 *
 * @category Defaults and sources
 */
export interface DocumentedDefault<T> {
  /** The default value. */
  readonly value: T;
  /** The legal sources the choice rests on (their confidence tells how firm it is). */
  readonly basis: readonly Citation[];
  /** Why this value, in both languages. */
  readonly rationale: Label;
}

/**
 * The defaults of the deadline rules, with their legal basis:
 *
 * - `reading.before` — "trước ngày N" is read **strictly before** (last allowed day N − 1). The law
 *   does not define the phrase (UNCONFIRMED); the literal meaning of "trước" is "before", and this
 *   reading is the safe one: a report sent by then is on time under every reading.
 * - `reading["no-later-than"]` — "chậm nhất ngày N" includes day N (the plain meaning; the only
 *   admissible reading).
 * - `policy` — a last allowed day that is not a working day moves to the **previous working day**.
 *   A fixed day is a point in time, not a period, so Civil Code Điều 148 khoản 5 (which moves a
 *   period's last day forward) does not clearly apply; moving earlier keeps the date inside every
 *   reading of the text and on a day the receiving office works (INFERRED choice).
 * - `civilPeriodPolicy` — periods in days, weeks, months, years move a rest-day last day to the next
 *   working day (Civil Code Điều 148 khoản 5, VERIFIED).
 * - `restartOnSupplement` — a working-day count restarts when a supplemented dossier is complete
 *   (Nghị định 61/2018/NĐ-CP Điều 19 khoản 4, VERIFIED).
 * - `apologyDayUnit` — the apology letter is due "01 ngày" before the due date, read as one
 *   **calendar** day: the decree says "ngày làm việc" where it means working days (for instance the
 *   03 working days of Điều 19 khoản 4), and does not here.
 *
 * @example
 * ```ts
 * import { DEADLINE_DEFAULTS } from "@cchc/deadlines";
 *
 * DEADLINE_DEFAULTS.reading.before.value; // => "strictly-before"
 * DEADLINE_DEFAULTS.policy.value; // => "previous-working-day"
 * ```
 *
 * @category Defaults and sources
 */
export const DEADLINE_DEFAULTS = {
  reading: {
    before: {
      value: "strictly-before",
      basis: [DEADLINE_CITATIONS.beforeDayReading],
      rationale: {
        vi: "Pháp luật chưa định nghĩa \"trước ngày N\"; chọn cách hiểu theo nghĩa đen (ngày cuối cùng là ngày N − 1), cũng là cách an toàn: nộp theo hạn này thì đúng hạn theo mọi cách hiểu.",
        en: "The law does not define \"trước ngày N\" (before day N); the literal reading is used (the last allowed day is N − 1), which is also the safe one: a report sent by then is on time under every reading.",
      },
    },
    "no-later-than": {
      value: "on-or-before",
      basis: [],
      rationale: {
        vi: "\"Chậm nhất ngày N\" bao gồm chính ngày N.",
        en: "\"Chậm nhất ngày N\" (no later than day N) includes day N itself.",
      },
    },
  } satisfies Record<DayWording, DocumentedDefault<DayReading>>,
  policy: {
    value: "previous-working-day",
    basis: [DEADLINE_CITATIONS.beforeDayReading, DEADLINE_CITATIONS.civilCodeRestDay],
    rationale: {
      vi: "Hạn nộp theo ngày cố định là một thời điểm, không phải thời hạn, nên khoản 5 Điều 148 Bộ luật Dân sự (lùi sang ngày làm việc tiếp theo) không rõ có áp dụng; chuyển về ngày làm việc liền trước giữ hạn nộp trong phạm vi mọi cách hiểu và vào ngày cơ quan nhận làm việc.",
      en: "A deadline on a fixed day is a point in time, not a period, so Civil Code Article 148(5) (move to the next working day) does not clearly apply; moving to the previous working day keeps the date within every reading of the text and on a day the receiving office works.",
    },
  } satisfies DocumentedDefault<RestDayPolicy>,
  civilPeriodPolicy: {
    value: "next-working-day",
    basis: [DEADLINE_CITATIONS.civilCodeRestDay],
    rationale: {
      vi: "Ngày cuối cùng của thời hạn là ngày nghỉ thì thời hạn kết thúc vào cuối ngày làm việc tiếp theo (khoản 5 Điều 148 Bộ luật Dân sự).",
      en: "A period whose last day is a rest day ends at the end of the next working day (Civil Code Article 148(5)).",
    },
  } satisfies DocumentedDefault<RestDayPolicy>,
  restartOnSupplement: {
    value: true,
    basis: [DEADLINE_CITATIONS.oneStopRestart],
    rationale: {
      vi: "Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ (khoản 4 Điều 19 Nghị định 61/2018/NĐ-CP).",
      en: "The processing period restarts once the dossier is complete (Decree 61/2018/NĐ-CP Article 19(4)).",
    },
  } satisfies DocumentedDefault<boolean>,
  apologyDayUnit: {
    value: "calendar",
    basis: [DEADLINE_CITATIONS.oneStopApology],
    rationale: {
      vi: "\"Chậm nhất 01 ngày trước ngày hết hạn\" được hiểu là 01 ngày lịch: khi cần ngày làm việc, Nghị định ghi rõ \"ngày làm việc\" (như 03 ngày làm việc tại khoản 4 Điều 19).",
      en: "\"At the latest 01 day before the due date\" is read as one calendar day: where the decree means working days it says \"ngày làm việc\" (as for the 03 working days of Article 19(4)).",
    },
  } satisfies DocumentedDefault<"calendar" | "working">,
} as const;
