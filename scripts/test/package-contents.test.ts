import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without declarations
import { contentProblems, DEFAULT_POLICY, policyFor } from "../package-contents.mjs";
// @ts-expect-error -- plain ESM script without declarations
import { publicPackages } from "../workspace-packages.mjs";

const listing = (paths: string[], sizes: { size?: number; unpackedSize?: number } = {}) => ({
  size: sizes.size ?? 1_000,
  unpackedSize: sizes.unpackedSize ?? 5_000,
  entryCount: paths.length,
  files: paths.map((path) => ({ path })),
});

describe("contentProblems", () => {
  it("accepts a library tarball: dist (ESM, CJS, types, maps), sources, README, CHANGELOG, package.json", () => {
    const files = ["package.json", "README.md", "CHANGELOG.md", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/index.js.map", "dist/chunk-AB12.cjs.map", "src/text/fold.ts"];
    expect(contentProblems(listing(files), DEFAULT_POLICY)).toEqual([]);
  });

  it("rejects files outside the policy, and test files and local configuration even when a pattern allows them", () => {
    const files = ["package.json", "dist/index.js", "dist/stats.html", "src/index.test.ts", "src/fixtures/a.ts", "src/.env", "dist/.tsbuildinfo"];
    expect(contentProblems(listing(files), DEFAULT_POLICY)).toEqual([
      "ships dist/stats.html, which its policy does not allow",
      "ships src/index.test.ts, which a package never should",
      "ships src/fixtures/a.ts, which a package never should",
      "ships src/.env, which a package never should",
      "ships dist/.tsbuildinfo, which a package never should",
    ]);
  });

  it("reports each budget exceeded, and none at the limit", () => {
    const policy = { allow: ["dist/**"], budget: { packedBytes: 100, unpackedBytes: 200, files: 2 } };
    expect(contentProblems(listing(["dist/a.js", "dist/b.js"], { size: 100, unpackedSize: 200 }), policy)).toEqual([]);
    expect(contentProblems(listing(["dist/a.js", "dist/b.js", "dist/c.js"], { size: 101, unpackedSize: 201 }), policy)).toEqual([
      "packed size 101 B is over the budget of 100 B",
      "unpacked size 201 B is over the budget of 200 B",
      "3 files is over the budget of 2",
    ]);
  });

  it("holds the CLI to its own policy: no TypeScript sources, no source maps of the bin", () => {
    const cli = publicPackages().find((p: { manifest: { name: string } }) => p.manifest.name === "@cchc/cli");
    const policy = policyFor(cli.dir);
    expect(contentProblems(listing(["package.json", "dist/bin.js", "dist/bin-lazy/plan-deadlines.js", "dist/index.js.map"]), policy)).toEqual([]);
    expect(contentProblems(listing(["dist/bin.js.map", "dist/bin-lazy/validation.js.map", "src/bin.ts"]), policy)).toEqual([
      "ships dist/bin.js.map, which its policy does not allow",
      "ships dist/bin-lazy/validation.js.map, which its policy does not allow",
      "ships src/bin.ts, which its policy does not allow",
    ]);
  });
});

describe("policyFor", () => {
  it("gives a package without package-contents.json the default policy, and merges a partial one over it", () => {
    const bare = mkdtempSync(join(tmpdir(), "cchc-contents-"));
    expect(policyFor(bare)).toMatchObject({ allow: DEFAULT_POLICY.allow, budget: DEFAULT_POLICY.budget, source: "default" });
    const own = mkdtempSync(join(tmpdir(), "cchc-contents-"));
    writeFileSync(join(own, "package-contents.json"), JSON.stringify({ why: "big data", budget: { files: 500 } }));
    expect(policyFor(own)).toMatchObject({ allow: DEFAULT_POLICY.allow, budget: { ...DEFAULT_POLICY.budget, files: 500 }, why: "big data" });
  });
});
