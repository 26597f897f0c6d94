// Size budgets of @cchc/deadlines (collected by the root .size-limit.cjs; paths relative to this package).
module.exports = [
  {
    name: "@cchc/deadlines — rule schemas (zod excluded)",
    path: "dist/index.js",
    import: "{ deadlineRuleSchema, obligationSchema }",
    ignore: ["zod"],
    limit: "6 kB",
  },
];
