import type { Label } from "@cchc/core";

const STEMS = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"] as const;
const BRANCHES = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"] as const;
/** The Vietnamese zodiac: Mão is the Cat and Mùi the Goat. */
const ANIMALS = ["Rat", "Ox", "Tiger", "Cat", "Dragon", "Snake", "Horse", "Goat", "Monkey", "Rooster", "Dog", "Pig"] as const;

/**
 * The can-chi (heavenly stem and earthly branch) name of a lunar year, e.g. 2026 → "Bính Ngọ".
 * The English label adds the zodiac animal of the Vietnamese tradition (Mão = Cat).
 *
 * @param lunarYear - The lunar year (the Gregorian year in which its Tết falls); any integer.
 * @returns `{ vi: "Bính Ngọ", en: "Bính Ngọ (year of the Horse)" }`.
 * @example
 * ```ts
 * import { canChiOfYear } from "@cchc/calendar";
 *
 * canChiOfYear(2026).vi; // => "Bính Ngọ"
 * canChiOfYear(2023).en; // => "Quý Mão (year of the Cat)"
 * ```
 *
 * @category Lunar calendar
 */
export function canChiOfYear(lunarYear: number): Label {
  const stem = STEMS[(((lunarYear + 6) % 10) + 10) % 10]!;
  const branch = (((lunarYear + 8) % 12) + 12) % 12;
  const vi = `${stem} ${BRANCHES[branch]!}`;
  return { vi, en: `${vi} (year of the ${ANIMALS[branch]!})` };
}
