// `pnpm test`: everything a change must pass, in order, stopping at the first failure.
// 0 system programs the tests start (installed from Debian's packages as root, else the command to run) ·
// 1 changesets format · 2 lint (incl. ReDoS rules) · 3 build · 4 type checks · 5 unit/property tests
// under the TZ matrix · 6 end-to-end tests, once (the web form and the dashboard in headless Chromium; the
// rendered documents in LibreOffice) · 7 packaging gates (publint, attw, tarball contents, size-limit) · 8 registry round
// trip (publish to a local Verdaccio, install by name outside the workspace, import, type-check, bundle,
// run the CLI) · 9 docs site, then its end-to-end test (the built site in headless Chromium) · 10
// examples' demos.
import { run } from "./lib.mjs";

const started = Date.now();
run("node", ["scripts/provision.mjs"]);
run("node", ["scripts/check-changesets.mjs"]);
run("pnpm", ["exec", "eslint", "."]);
run("pnpm", ["run", "build"]);
run("pnpm", ["-r", "run", "typecheck"]);
run("node", ["scripts/test-tz.mjs"]);
run("pnpm", ["--filter", "@cchc/example-web-form", "run", "test:e2e"]);
run("pnpm", ["--filter", "@cchc/example-dashboard", "run", "test:e2e"]);
run("pnpm", ["--filter", "@cchc/documents", "run", "test:office"]);
run("node", ["scripts/packaging-gates.mjs"]);
run("node", ["scripts/registry-round-trip.mjs"]);
run("node", ["scripts/docs.mjs", "--skip-build"]);
run("pnpm", ["--filter", "@cchc/docs-site", "run", "test:e2e"]);
run("node", ["scripts/run-examples.mjs"]);
console.log(`\n✔ all checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
