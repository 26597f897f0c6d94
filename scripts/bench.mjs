// `pnpm bench`: runs every packages/*/bench/*.bench.ts and examples/*/bench/*.bench.ts (against the built
// packages) and prints, per suite, its figures and the ratio of each to the suite's named baseline, all
// from the same run.
import { readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { run } from "./lib.mjs";

const only = process.argv[2];
for (const pkg of [...readdirSync("packages").map((p) => join("packages", p)), ...readdirSync("examples").map((e) => join("examples", e))]) {
  const dir = join(pkg, "bench");
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).sort()) {
    if (only && !join(dir, file).includes(only)) continue;
    run("node", ["--import", "tsx", join(dir, file)]);
  }
}
