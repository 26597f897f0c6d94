// Runs every example's `start` script (the examples' own tests run with the unit tests).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./lib.mjs";

for (const name of readdirSync("examples").sort()) {
  const manifest = JSON.parse(readFileSync(join("examples", name, "package.json"), "utf8"));
  if (manifest.scripts?.start) run("pnpm", ["--filter", manifest.name, "run", "start"]);
}
