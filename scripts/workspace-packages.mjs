// The published packages of the workspace and their entry points, read from the package manifests at
// run time: a package added under packages/ is covered by every gate that uses this module, with no
// list to update.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

/**
 * Every non-private package under packages/, sorted by folder name.
 * @returns {{ dir: string, folder: string, manifest: Record<string, any> }[]}
 */
export function publicPackages() {
  const base = join(ROOT, "packages");
  return readdirSync(base)
    .filter((folder) => existsSync(join(base, folder, "package.json")))
    .sort()
    .map((folder) => ({ dir: join(base, folder), folder, manifest: JSON.parse(readFileSync(join(base, folder, "package.json"), "utf8")) }))
    .filter((pkg) => pkg.manifest.private !== true);
}

/** The first target of an exports-map value for a list of conditions, or undefined. */
function target(value, conditions) {
  if (typeof value === "string") return value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  for (const [condition, inner] of Object.entries(value)) {
    if (condition === "default" || conditions.includes(condition)) {
      const found = target(inner, conditions);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The entry points of a package as a consumer imports them, from its `exports` map (without
 * `./package.json`): the specifier, whether it is a JSON file, and the file each of Node's ESM
 * (`import`) and CommonJS (`require`) resolutions and TypeScript's (`types`) reaches, undefined when
 * the map offers none.
 * @param {Record<string, any>} manifest
 * @returns {{ specifier: string, subpath: string, json: boolean, esm?: string, cjs?: string, types?: string }[]}
 */
export function entryPoints(manifest) {
  const exportsMap = manifest.exports;
  if (exportsMap === undefined) throw new Error(`${manifest.name}: no "exports" map`);
  const entries = typeof exportsMap === "string" || !Object.keys(exportsMap).every((k) => k.startsWith(".")) ? { ".": exportsMap } : exportsMap;
  return Object.entries(entries)
    .filter(([subpath, value]) => subpath !== "./package.json" && !subpath.includes("*") && value !== null)
    .map(([subpath, value]) => {
      const esm = target(value, ["node", "import"]);
      const cjs = target(value, ["node", "require"]);
      const types = target(value, ["types", "import"]);
      return {
        specifier: subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
        subpath,
        json: (esm ?? cjs ?? "").endsWith(".json"),
        ...(esm === undefined ? {} : { esm }),
        ...(cjs === undefined ? {} : { cjs }),
        ...(types === undefined ? {} : { types }),
      };
    });
}

/**
 * The peer dependencies a user installs next to a package, with whether each is optional.
 * @param {Record<string, any>} manifest
 * @returns {{ name: string, range: string, optional: boolean }[]}
 */
export function peerDependencies(manifest) {
  return Object.entries(manifest.peerDependencies ?? {}).map(([name, range]) => ({
    name,
    range,
    optional: manifest.peerDependenciesMeta?.[name]?.optional === true,
  }));
}
