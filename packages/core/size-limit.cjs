// Size budgets of @cchc/core (collected by the root .size-limit.cjs; paths relative to this package).
module.exports = [
  {
    name: "@cchc/core — document-number parser alone (zod excluded)",
    path: "dist/index.js",
    import: "{ parseDocumentNumber }",
    ignore: ["zod"],
    // 3.07 kB measured: +73 B for message templates cut once and cached (interpolate), which made issue
    // building on the validators' failure path several times faster (issue 15).
    limit: "3.1 kB",
  },
  {
    name: "@cchc/core — Vietnamese text folding alone",
    path: "dist/index.js",
    import: "{ foldKey, normalizeText }",
    ignore: ["zod"],
    limit: "1 kB",
  },
  {
    // What a page that only checks JSON text ships (a form importing a report, the intake's browser client).
    name: "@cchc/core/json — parseStrictJson and strictJsonIssue",
    path: "dist/json.js",
    import: "{ parseStrictJson, strictJsonIssue }",
    limit: "4.5 kB",
  },
];
