// Size budgets of @cchc/reports (collected by the root .size-limit.cjs; paths relative to this package).
// One report validator in a browser bundle, zod INCLUDED (no `ignore`): the schema entry points import
// zod/mini and the plan's code lists only — no calculators, no plan tables, no luxon or effect
// (test/bundle.test.ts checks the contents file by file).
const ids = ["monthly-media-report", "agency-communication-report", "synthesis-report", "difficulty-report", "procedure-statistics"];
const pascal = (id) => id.replace(/(?:^|-)([a-z])/g, (_, c) => c.toUpperCase());

module.exports = ids.map((id) => ({
  name: `@cchc/reports/${id} — validate${pascal(id)}, zod included`,
  path: `dist/${id}.js`,
  import: `{ validate${pascal(id)} }`,
  limit: "25 kB",
}));
