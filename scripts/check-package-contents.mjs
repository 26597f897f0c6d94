// Packaging gate: what each published package's tarball ships (`npm pack --dry-run`), checked against
// its contents policy (scripts/package-contents.mjs: allowed files, never-allowed files, size and file
// count budgets). Prints one line per package; fails on an unexpected file or a budget exceeded.
import { spawnSync } from "node:child_process";
import { contentProblems, policyFor } from "./package-contents.mjs";
import { publicPackages } from "./workspace-packages.mjs";

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
let failures = 0;
for (const { dir, manifest } of publicPackages()) {
  const result = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: dir, encoding: "utf8" });
  if (result.status !== 0) {
    console.error(`✖ ${manifest.name}: npm pack --dry-run failed\n${result.stderr}`);
    failures++;
    continue;
  }
  const [listing] = JSON.parse(result.stdout);
  const policy = policyFor(dir);
  const problems = contentProblems(listing, policy);
  const { budget } = policy;
  const figures = `${listing.entryCount}/${budget.files} files, ${kB(listing.size)}/${kB(budget.packedBytes)} packed, ${kB(listing.unpackedSize)}/${kB(budget.unpackedBytes)} unpacked (${policy.source})`;
  console.log(`${problems.length === 0 ? "✔" : "✖"} ${manifest.name}@${manifest.version}: ${figures}`);
  for (const problem of problems) console.log(`    ${problem}`);
  failures += problems.length === 0 ? 0 : 1;
}
if (failures > 0) {
  console.error(`✖ ${failures} package(s) ship unexpected files or exceed their budgets (see scripts/package-contents.mjs)`);
  process.exit(1);
}
