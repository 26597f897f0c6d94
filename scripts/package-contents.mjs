// What a package's tarball may contain and how big it may grow. Every published package gets the
// default policy below (a tsup-built library: dist, its TypeScript sources, README); a package whose
// tarball differs says so, with the reason, in its own package-contents.json (same fields, replacing
// the defaults). The gate is scripts/check-package-contents.mjs.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import picomatch from "picomatch";

/** @typedef {{ packedBytes: number, unpackedBytes: number, files: number }} Budget */
/** @typedef {{ allow: string[], budget: Budget, why?: string }} ContentsPolicy */

/** Files npm adds to every tarball whatever `files` says. */
const ALWAYS = ["package.json", "README.md", "CHANGELOG.md", "LICENSE", "LICENSE.md"];

/** Never in a tarball, whatever a policy allows: tests, fixtures, local configuration, build leftovers. */
export const NEVER = ["**/*.test.*", "**/test/**", "**/tests/**", "**/__tests__/**", "**/fixtures/**", "**/*.tsbuildinfo", "**/.env*", "**/.npmrc", "**/*.log", "**/*.tgz", "**/node_modules/**", "**/.DS_Store"];

/** @type {ContentsPolicy} */
export const DEFAULT_POLICY = {
  allow: ["dist/**/*.{js,cjs,d.ts,d.cts,js.map,cjs.map}", "src/**/*.ts"],
  budget: { packedBytes: 400_000, unpackedBytes: 1_500_000, files: 120 },
};

/** The policy of the package in `dir`: its package-contents.json, else the default. */
export function policyFor(dir) {
  const file = join(dir, "package-contents.json");
  if (!existsSync(file)) return { ...DEFAULT_POLICY, source: "default" };
  const own = JSON.parse(readFileSync(file, "utf8"));
  return { allow: own.allow ?? DEFAULT_POLICY.allow, budget: { ...DEFAULT_POLICY.budget, ...own.budget }, why: own.why, source: "package-contents.json" };
}

/**
 * The problems of a tarball listing (as `npm pack --dry-run --json` prints it) under a policy: files
 * the policy does not allow or that are never allowed, and budgets exceeded.
 * @param {{ size: number, unpackedSize: number, entryCount: number, files: { path: string }[] }} listing
 * @param {ContentsPolicy} policy
 * @returns {string[]}
 */
export function contentProblems(listing, policy) {
  const allowed = picomatch([...ALWAYS, ...policy.allow], { dot: true });
  const never = picomatch(NEVER, { dot: true });
  const problems = [];
  for (const { path } of listing.files) {
    if (never(path)) problems.push(`ships ${path}, which a package never should`);
    else if (!allowed(path)) problems.push(`ships ${path}, which its policy does not allow`);
  }
  const { budget } = policy;
  if (listing.size > budget.packedBytes) problems.push(`packed size ${listing.size} B is over the budget of ${budget.packedBytes} B`);
  if (listing.unpackedSize > budget.unpackedBytes) problems.push(`unpacked size ${listing.unpackedSize} B is over the budget of ${budget.unpackedBytes} B`);
  if (listing.entryCount > budget.files) problems.push(`${listing.entryCount} files is over the budget of ${budget.files}`);
  return problems;
}
