// Packaging gates for every published package (packages/*, read by workspace-packages.mjs): publint
// --strict and @arethetypeswrong/cli on the packed tarball, the tarball's contents and size against
// its policy (check-package-contents.mjs), then the size-limit budgets in .size-limit.cjs.
// Run after `pnpm build`. The registry round trip (registry-round-trip.mjs) is a step of its own.
import { run } from "./lib.mjs";
import { publicPackages } from "./workspace-packages.mjs";

for (const { dir } of publicPackages()) {
  run("pnpm", ["exec", "publint", "--strict"], { cwd: dir });
  run("pnpm", ["exec", "attw", "--pack", ".", "--format", "table-flipped"], { cwd: dir });
}
run("node", ["scripts/check-package-contents.mjs"]);
run("pnpm", ["exec", "size-limit"]);
