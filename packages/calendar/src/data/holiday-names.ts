/**
 * Bilingual names of the holidays (ngày nghỉ lễ, tết) and of the other day reasons.
 *
 * @internal
 */
import type { Label } from "@cchc/core";

export const HOLIDAY_NAMES = {
  newYear: { vi: "Tết Dương lịch", en: "New Year's Day" },
  tet: { vi: "Tết Âm lịch (Tết Nguyên đán)", en: "Lunar New Year (Tết)" },
  victory: { vi: "Ngày Chiến thắng (30/4)", en: "Reunification Day (30 April)" },
  labour: { vi: "Ngày Quốc tế lao động (1/5)", en: "International Labour Day (1 May)" },
  nationalDay: { vi: "Quốc khánh (2/9)", en: "National Day (2 September)" },
  nationalDayExtra: { vi: "Quốc khánh (ngày nghỉ liền kề 2/9)", en: "National Day (day off next to 2 September)" },
  hungKings: { vi: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", en: "Hùng Kings' Commemoration Day (10th day of the 3rd lunar month)" },
} as const satisfies Record<string, Label>;

const WEEKDAYS_VI = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"] as const;
const WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** "thứ Bảy" / "Saturday" for an ISO weekday 1–7. */
export function weekdayName(isoWeekday: number): Label {
  return { vi: WEEKDAYS_VI[isoWeekday - 1]!, en: WEEKDAYS_EN[isoWeekday - 1]! };
}

/** The reason of a weekly rest day. */
export function weeklyRestName(isoWeekday: number): Label {
  const day = weekdayName(isoWeekday);
  return { vi: `Nghỉ hằng tuần (${day.vi})`, en: `Weekly rest (${day.en})` };
}

/** "dd/mm/yyyy" as Vietnamese texts write dates. */
export function viDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The name of one Tết day, with its lunar date: "Tết Nguyên đán (29 tháng Chạp)". */
export function tetDayName(lunarMonth: number, lunarDay: number): Label {
  const vi = lunarMonth === 1 ? `mùng ${lunarDay} Tết` : `${lunarDay} tháng Chạp`;
  return { vi: `Tết Nguyên đán (${vi})`, en: `Lunar New Year (lunar ${lunarDay}/${lunarMonth})` };
}

/** The name of a substitute day off (nghỉ bù) for a holiday. */
export function substituteName(holiday: Label, holidayIso: string): Label {
  return {
    vi: `Nghỉ bù ${holiday.vi} (trùng ngày nghỉ hằng tuần ${viDate(holidayIso)})`,
    en: `Substitute day off for ${holiday.en} (which fell on the weekly rest day ${holidayIso})`,
  };
}

/** The name of a weekday given off by a decreed swap (hoán đổi ngày làm việc). */
export function swappedOffName(occasion: Label, workedOnIso: string): Label {
  return {
    vi: `Nghỉ hoán đổi dịp ${occasion.vi}, làm bù ngày ${viDate(workedOnIso)}`,
    en: `Day off swapped for ${occasion.en}; made up on ${workedOnIso}`,
  };
}

/** The name of a rest day worked to make up a swapped day (làm bù). */
export function makeupName(occasion: Label, offIso: string): Label {
  return {
    vi: `Làm bù cho ngày nghỉ ${viDate(offIso)} (dịp ${occasion.vi})`,
    en: `Working day making up for ${offIso} (${occasion.en})`,
  };
}
