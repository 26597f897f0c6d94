// Size budgets of @cchc/calendar (collected by the root .size-limit.cjs; paths relative to this package).
// The date validator and the lunar calendar must not pull in the holiday data or the working-day tables;
// the astronomy (Meeus) only generates the shipped lunar data and must never be bundled.
module.exports = [
  {
    name: "@cchc/calendar — toCivilDate alone",
    path: "dist/index.js",
    import: "{ toCivilDate }",
    limit: "2.5 kB",
  },
  {
    name: "@cchc/calendar — lunar calendar (toLunar, fromLunar)",
    path: "dist/index.js",
    import: "{ toLunar, fromLunar }",
    limit: "5 kB",
  },
  {
    name: "@cchc/calendar — vietnamCalendar (holiday data, schedules, tables)",
    path: "dist/index.js",
    import: "{ vietnamCalendar }",
    limit: "14 kB",
  },
  {
    name: "@cchc/calendar/luxon (luxon excluded)",
    path: "dist/luxon.js",
    import: "{ withDateTimes, toVietnamDateTime }",
    ignore: ["luxon"],
    limit: "3 kB",
  },
];
