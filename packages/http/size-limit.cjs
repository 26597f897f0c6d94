// Size budgets of @cchc/http (collected by the root .size-limit.cjs; paths relative to this package).
// The Web-standard helpers must stay small and server-free: a handler that imports them (such as
// @cchc/intake's) loads no node:http and no adapter.
module.exports = [
  {
    name: "@cchc/http/web — readBodyWithin, isJsonContentType, negotiateLanguage",
    path: "dist/web.js",
    import: "{ readBodyWithin, isJsonContentType, negotiateLanguage }",
    limit: "1 kB",
  },
];
