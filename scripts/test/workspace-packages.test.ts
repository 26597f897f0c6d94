import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without declarations
import { entryPoints, peerDependencies, publicPackages } from "../workspace-packages.mjs";

describe("publicPackages", () => {
  it("lists every non-private package folder under packages/, read from disk", () => {
    const expected = readdirSync("packages")
      .filter((folder) => !JSON.parse(readFileSync(`packages/${folder}/package.json`, "utf8")).private)
      .sort();
    expect(publicPackages().map((p: { folder: string }) => p.folder)).toEqual(expected);
  });
});

describe("entryPoints", () => {
  it("turns an exports map into specifiers with their ESM, CommonJS and types targets, without ./package.json", () => {
    const manifest = {
      name: "@cchc/x",
      exports: {
        ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" }, require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" } },
        "./esm-only": { types: "./dist/e.d.ts", import: "./dist/e.js" },
        "./schemas/a.schema.json": "./schemas/a.schema.json",
        "./internal/*": null,
        "./package.json": "./package.json",
      },
    };
    expect(entryPoints(manifest)).toEqual([
      { specifier: "@cchc/x", subpath: ".", json: false, esm: "./dist/index.js", cjs: "./dist/index.cjs", types: "./dist/index.d.ts" },
      { specifier: "@cchc/x/esm-only", subpath: "./esm-only", json: false, esm: "./dist/e.js", types: "./dist/e.d.ts" },
      { specifier: "@cchc/x/schemas/a.schema.json", subpath: "./schemas/a.schema.json", json: true, esm: "./schemas/a.schema.json", cjs: "./schemas/a.schema.json", types: "./schemas/a.schema.json" },
    ]);
  });

  it("accepts a bare string or conditions at the top of the exports map, and rejects a manifest without one", () => {
    expect(entryPoints({ name: "a", exports: "./i.js" })).toEqual([{ specifier: "a", subpath: ".", json: false, esm: "./i.js", cjs: "./i.js", types: "./i.js" }]);
    expect(entryPoints({ name: "b", exports: { import: "./i.js" } })).toEqual([{ specifier: "b", subpath: ".", json: false, esm: "./i.js", types: "./i.js" }]);
    expect(() => entryPoints({ name: "c" })).toThrow('c: no "exports" map');
  });

  it("marks optional peers", () => {
    const manifest = { peerDependencies: { zod: "^4.1.0", luxon: "^3.4.0" }, peerDependenciesMeta: { luxon: { optional: true } } };
    expect(peerDependencies(manifest)).toEqual([
      { name: "zod", range: "^4.1.0", optional: false },
      { name: "luxon", range: "^3.4.0", optional: true },
    ]);
  });
});
