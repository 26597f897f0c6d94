// Size budgets of @cchc/deadlines (collected by the root .size-limit.cjs; paths relative to this package).
// The rule schemas must not pull in the calendar; evaluation and dossiers include vietnamCalendar() (≈ 12 kB),
// their default calendar.
module.exports = [
  {
    name: "@cchc/deadlines — rule schemas (zod excluded)",
    path: "dist/index.js",
    import: "{ deadlineRuleSchema, obligationSchema }",
    ignore: ["zod"],
    limit: "6 kB",
  },
  {
    name: "@cchc/deadlines — evaluate and explain a rule, with the default calendar of @cchc/calendar (zod excluded)",
    path: "dist/index.js",
    import: "{ evaluateDeadline, explainDeadline }",
    ignore: ["zod"],
    limit: "26.5 kB",
  },
  {
    name: "@cchc/deadlines — dossier timeliness, with the default calendar (zod excluded: not used on this path)",
    path: "dist/index.js",
    import: "{ aggregateDossiers, classifyDossier }",
    ignore: ["zod"],
    limit: "22 kB",
  },
];
