/**
 * The Prime Minister's yearly schedules (lịch nghỉ lễ, tết của cán bộ, công chức, viên chức) as dated
 * data. Complete years: 2024, 2025, 2026. Years 2010–2023 carry the swaps and Tết days the facts file
 * lists; every other year is computed from the statutory rules and flagged `estimated`.
 */
import type { YearSchedule } from "../schedule-types.js";
import { SCHEDULES_2010_2023 } from "./2010-2023.js";
import { SCHEDULE_2024 } from "./2024.js";
import { SCHEDULE_2025 } from "./2025.js";
import { SCHEDULE_2026 } from "./2026.js";

/**
 * Every yearly schedule in the data, in year order.
 *
 * @example
 * ```ts
 * import { OFFICIAL_SCHEDULES } from "@cchc/calendar";
 *
 * OFFICIAL_SCHEDULES.filter((s) => s.complete).map((s) => s.year); // => [2024, 2025, 2026]
 * ```
 *
 * @category Calendar data
 */
export const OFFICIAL_SCHEDULES: readonly YearSchedule[] = /* @__PURE__ */ SCHEDULES_2010_2023.concat([SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026]);

/**
 * When the yearly schedules were last checked against their sources.
 *
 * @example
 * ```ts
 * import { SCHEDULES_LAST_VERIFIED } from "@cchc/calendar";
 *
 * SCHEDULES_LAST_VERIFIED; // => "2026-07-23"
 * ```
 *
 * @category Calendar data
 */
export const SCHEDULES_LAST_VERIFIED = "2026-07-23";
