// Size budgets of @cchc/documents (collected by the root .size-limit.cjs; paths relative to this package).
// The renderer in a browser bundle, docx and zod included (no luxon, no effect: test/bundle.test.ts checks
// the contents file by file), and the metadata validator alone, which carries no docx.
module.exports = [
  {
    name: "@cchc/documents — renderDocument, docx and zod included",
    path: "dist/index.js",
    import: "{ renderDocument }",
    limit: "140 kB",
  },
  {
    name: "@cchc/documents/metadata — validateDocumentMeta, zod included",
    path: "dist/metadata.js",
    import: "{ validateDocumentMeta }",
    limit: "20 kB",
  },
];
