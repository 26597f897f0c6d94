// Bundle-size budgets (size-limit, esbuild, min+gzip). Budgets fail `pnpm test` when exceeded.
// esbuild is told to keep UTF-8 as UTF-8 (as Vite and most bundlers emit it) instead of escaping every
// Vietnamese letter to \uXXXX, which would measure an artefact rather than what users ship.
const utf8 = (config) => ({ ...config, charset: "utf8" });

module.exports = [
  {
    name: "@cchc/core — document-number parser alone (zod excluded)",
    path: "packages/core/dist/index.js",
    import: "{ parseDocumentNumber }",
    ignore: ["zod"],
    gzip: true,
    limit: "3 kB",
    modifyEsbuildConfig: utf8,
  },
  {
    name: "@cchc/core — Vietnamese text folding alone",
    path: "packages/core/dist/index.js",
    import: "{ foldKey, normalizeText }",
    ignore: ["zod"],
    gzip: true,
    limit: "1 kB",
    modifyEsbuildConfig: utf8,
  },
];
