/**
 * UTC offsets of the IANA zone Asia/Ho_Chi_Minh (tzdb 2026c, file `asia`), used to turn an instant
 * into its Vietnamese civil date without the host's time zone. Source and confidence:
 * ../shared/domain/calendar-and-deadlines.md §7 (VERIFIED; tzdb cites Trần Tiến Bình, *Lịch Việt Nam
 * thế kỷ XX-XXI*, 2005). Each transition is written as the UTC instant (seconds since 1970) at which
 * the new offset starts; the tzdb "UNTIL" times are local wall-clock times of the previous offset.
 *
 * Since 1975-06-13 the offset is a fixed +07:00.
 *
 * @internal
 */

/** Local mean time of Hà Nội (PLMT, Phù Liễn) before 1911-05-01: +7:06:30. */
export const HCM_INITIAL_OFFSET_SECONDS = 25590;

/** [UTC instant in seconds, offset in seconds from then on], in increasing order. */
export const HCM_TRANSITIONS: readonly (readonly [number, number])[] = [
  [-1851577590, 25200], // 1911-05-01 00:00 PLMT → +07
  [-852105600, 28800], // 1942-12-31 23:00 +07 → +08
  [-782643600, 32400], // 1945-03-14 23:00 +08 → +09
  [-767869200, 25200], // 1945-09-01 24:00 +09 → +07
  [-718095600, 28800], // 1947-04-01 00:00 +07 → +08
  [-457772400, 25200], // 1955-07-01 01:00 +08 → +07
  [-315648000, 28800], // 1959-12-31 23:00 +07 → +08
  [171820800, 25200], // 1975-06-13 00:00 +08 → +07, unchanged since
];

/** The offset of Asia/Ho_Chi_Minh, in seconds, at an instant given in milliseconds since 1970. */
export function hcmOffsetSeconds(epochMs: number): number {
  const seconds = epochMs / 1000;
  let offset = HCM_INITIAL_OFFSET_SECONDS;
  for (const [from, value] of HCM_TRANSITIONS) {
    if (seconds >= from) offset = value;
    else break;
  }
  return offset;
}
