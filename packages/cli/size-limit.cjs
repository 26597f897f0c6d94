// Size budgets of @cchc/cli (collected by the root .size-limit.cjs; paths relative to this package).
// What counts for a CLI is start-up work: the bin's own module (commander included), read on every
// `cchc` run. effect, zod and the validation pipeline are in dist/bin-chunks/, loaded only by
// `validate` and `schema`.
module.exports = [
  {
    name: "@cchc/cli — cchc bin start-up module (dist/bin.js as shipped, commander bundled)",
    path: "dist/bin.js",
    disablePlugins: ["@size-limit/esbuild"],
    limit: "40 kB",
  },
];
