// `pnpm docs:build` (also `pnpm run docs`): builds the documentation site into docs/site from a fresh
// clone, then checks it. (`pnpm docs` alone would run pnpm's own `docs` command, not this script.)
//   1. the packages (`pnpm run build`), which the API reference, the pictures and the playground use —
//      skipped with --skip-build when the caller has just built them (scripts/test-all.mjs);
//   2. TypeDoc: the API of every entry point of every package as Markdown (docs/api) and JSON
//      (docs/api-json/api.json), warnings as errors;
//   3. docs/build/prepare.ts: the generated pages and the files published at stable paths (docs/public);
//   4. VitePress: the site (docs/site), which fails on a dead link, an unlinkable API name or an unknown
//      picture, and writes the search index;
//   5. the docs checks: TSDoc with @example on every export, every internal link and anchor of the site;
//      every code example of the API, guides and READMEs type-checked.
// `pnpm docs:preview` serves the built site on http://127.0.0.1:4173; `pnpm docs:dev` runs steps 1–3
// (--prepare-only) and VitePress's dev server.
import { rmSync } from "node:fs";
import { run } from "./lib.mjs";

if (!process.argv.includes("--skip-build")) run("pnpm", ["run", "build"]);
rmSync("docs/api", { recursive: true, force: true });
rmSync("docs/site", { recursive: true, force: true });
run("pnpm", ["exec", "typedoc"]);
run("node", ["--import", "tsx", "docs/build/prepare.ts"]);
if (process.argv.includes("--prepare-only")) process.exit(0);
run("pnpm", ["--filter", "@cchc/docs-site", "run", "build"]);
run("node", ["scripts/check-docs.mjs"]);
run("node", ["--import", "tsx", "scripts/check-doc-examples.mjs"]);
