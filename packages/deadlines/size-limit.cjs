// Size budgets of @cchc/deadlines (collected by the root .size-limit.cjs; paths relative to this package).
module.exports = [
  {
    name: "@cchc/deadlines — rule schemas (zod excluded)",
    path: "dist/index.js",
    import: "{ deadlineRuleSchema, obligationSchema }",
    ignore: ["zod"],
    limit: "6 kB",
  },
  {
    name: "@cchc/deadlines — evaluate and explain a rule (zod excluded)",
    path: "dist/index.js",
    import: "{ evaluateDeadline, explainDeadline }",
    ignore: ["zod"],
    limit: "15 kB",
  },
  {
    name: "@cchc/deadlines — dossier timeliness alone (zod excluded: not used on this path)",
    path: "dist/index.js",
    import: "{ aggregateDossiers, classifyDossier }",
    ignore: ["zod"],
    limit: "10.5 kB",
  },
];
