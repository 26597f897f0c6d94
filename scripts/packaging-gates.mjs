// Packaging gates for every published package (packages/*): publint --strict and
// @arethetypeswrong/cli on the packed tarball, then the size-limit budgets in .size-limit.json.
// Run after `pnpm build`.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "./lib.mjs";

const packages = readdirSync("packages").filter((name) => {
  const manifest = JSON.parse(readFileSync(join("packages", name, "package.json"), "utf8"));
  return manifest.private !== true;
});

for (const name of packages) {
  const cwd = join("packages", name);
  run("pnpm", ["exec", "publint", "--strict"], { cwd });
  run("pnpm", ["exec", "attw", "--pack", ".", "--format", "table-flipped"], { cwd });
}
run("pnpm", ["exec", "size-limit"]);
