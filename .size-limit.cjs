// Bundle-size budgets (size-limit, esbuild, min+gzip), collected from every package's own
// `size-limit.cjs` (paths there are relative to the package). Budgets fail `pnpm test` when exceeded.
// esbuild is told to keep UTF-8 as UTF-8 (as Vite and most bundlers emit it) instead of escaping every
// Vietnamese letter to \uXXXX, which would measure an artefact rather than what users ship.
const { existsSync, readdirSync } = require("node:fs");
const { join } = require("node:path");

const utf8 = (config) => ({ ...config, charset: "utf8" });

module.exports = readdirSync(join(__dirname, "packages"))
  .filter((pkg) => existsSync(join(__dirname, "packages", pkg, "size-limit.cjs")))
  .flatMap((pkg) =>
    require(join(__dirname, "packages", pkg, "size-limit.cjs")).map((entry) => ({
      gzip: true,
      modifyEsbuildConfig: utf8,
      ...entry,
      path: [].concat(entry.path).map((p) => join("packages", pkg, p)),
    })),
  );
