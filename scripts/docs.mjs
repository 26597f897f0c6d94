// Builds the documentation site (TypeDoc API of every package + the guides in docs/guides) with warnings
// treated as errors, then checks @example coverage and internal links, and type-checks every code
// example. Output: docs/site/index.html.
import { run } from "./lib.mjs";

run("pnpm", ["exec", "typedoc"]);
run("node", ["scripts/check-docs.mjs"]);
run("node", ["--import", "tsx", "scripts/check-doc-examples.mjs"]);
