// Runs every example's `demo` script: a short, self-contained run that prints what the example does and
// exits (a server example starts itself on an ephemeral loopback port, exercises itself and stops).
// `start` stays what it means in any Node project — start the thing, possibly for good — and is not
// run here. The examples' own tests run with the unit tests; the browser example's end-to-end test is a
// separate step of scripts/test-all.mjs.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./lib.mjs";

for (const name of readdirSync("examples").sort()) {
  const manifest = JSON.parse(readFileSync(join("examples", name, "package.json"), "utf8"));
  if (manifest.scripts?.demo) run("pnpm", ["--filter", manifest.name, "run", "demo"]);
}
