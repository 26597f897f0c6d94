/**
 * Why a special day is special, stored compactly: the display name (often a sentence naming another
 * date) is only built when someone asks for the day, so a 300-year calendar holds a few thousand small
 * records instead of thousands of strings.
 *
 * @internal
 */
import { epochDayToIso, type Citation, type Label } from "@cchc/core";
import { makeupName, substituteName, swappedOffName, tetDayName } from "../data/holiday-names.js";
import { lunarTable, monthIndexOf } from "../lunar/lunar-table.js";

export type DayReason =
  /** A holiday or agency day with a fixed name. */
  | { readonly type: "named"; readonly name: Label; readonly source: Citation | null }
  /** One of the Tết days: named after its lunar date. */
  | { readonly type: "tet"; readonly source: Citation }
  /** A substitute day (nghỉ bù) for the holiday on `holidayDay`. */
  | { readonly type: "substitute"; readonly holiday: DayReason; readonly holidayDay: number; readonly source: Citation }
  /** A swapped day off, or its make-up working day; `other` is the epoch day of the other half. */
  | { readonly type: "swapped-off" | "makeup"; readonly occasion: Label; readonly other: number; readonly source: Citation };

/** The bilingual name of a special day. */
export function reasonName(reason: DayReason, day: number): Label {
  switch (reason.type) {
    case "named":
      return reason.name;
    case "tet": {
      const table = lunarTable();
      const m = monthIndexOf(table, day);
      return tetDayName(table.month[m]!, day - table.start[m]! + 1);
    }
    case "substitute":
      return substituteName(reasonName(reason.holiday, reason.holidayDay), epochDayToIso(reason.holidayDay));
    case "swapped-off":
      return swappedOffName(reason.occasion, epochDayToIso(reason.other));
    case "makeup":
      return makeupName(reason.occasion, epochDayToIso(reason.other));
  }
}

/** Two holidays on one day (never happens with the shipped data 2000–2199): one record naming both. */
export function mergeReasons(existing: DayReason | undefined, next: DayReason, day: number): DayReason {
  if (!existing) return next;
  const a = reasonName(existing, day);
  const b = reasonName(next, day);
  return { type: "named", name: { vi: `${a.vi}; ${b.vi}`, en: `${a.en}; ${b.en}` }, source: existing.source };
}
