/**
 * The calendar functions the date commands use (`calendar`, `workdays`, `lunar`, `solar`), as one lazily
 * loaded module of the bin (see tsup.bin.config.ts): the lunar tables and holiday data load only when
 * one of these commands runs.
 */
export { CULTURAL_DAY, fromLunar, toCivilDate, toLunar, vietnamCalendar } from "@cchc/calendar";
