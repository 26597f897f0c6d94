// Size budgets of @cchc/cli (collected by the root .size-limit.cjs; paths relative to this package).
// What counts for a CLI is start-up work: the bin's own module (commander, the nine commands' help
// texts and their light formatting code, the @cchc/core helpers they use; whitespace-minified), read on
// every `cchc` run and the only file `cchc docref` loads. The calendar tables, the plan and deadline
// rules, effect and zod are in dist/bin-lazy/, each loaded only by the commands that need them
// (tsup.bin.config.ts).
module.exports = [
  {
    name: "@cchc/cli — cchc bin start-up module (dist/bin.js as shipped, commander bundled)",
    path: "dist/bin.js",
    disablePlugins: ["@size-limit/esbuild"],
    limit: "40 kB",
  },
];
