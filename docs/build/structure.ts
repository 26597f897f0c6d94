// The site's structure, discovered from the repository (nothing here lists a package or a guide by
// name): the guides in docs/guides in the reading order of docs/guides.json, and the packages in
// packages/* with their versions and entry points (from each package.json `exports` map).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageEntryPoints } from "./typedoc-entry-points.mjs";

/** The repository's root folder. */
export const repositoryRoot = fileURLToPath(new URL("../..", import.meta.url));
/** The VitePress source folder (`docs/`). */
export const docsRoot = join(repositoryRoot, "docs");

/** One guide: its file name without `.md`, its title (front matter `title`, else its first heading). */
export interface Guide {
  readonly slug: string;
  readonly title: string;
}

/** One entry point of a package: its import specifier and its API page. */
export interface EntryPoint {
  readonly specifier: string;
  /** The page's Markdown file below docs/, e.g. `api/calendar/luxon.md`. */
  readonly page: string;
  /** The page's address on the site, e.g. `/api/calendar/luxon.html` (`/api/calendar/` for `index.md`). */
  readonly url: string;
}

/** One public package of the workspace. */
export interface SitePackage {
  readonly name: string;
  readonly shortName: string;
  readonly version: string;
  readonly description: string;
  readonly directory: string;
  readonly private: boolean;
  /** The main entry point first. */
  readonly entryPoints: readonly EntryPoint[];
  /** Names of the workspace packages it depends on (dependencies and peer dependencies). */
  readonly dependsOn: readonly string[];
  /** Its folder in the repository on the web (from `repository` of its package.json), if known. */
  readonly sourceUrl: string | undefined;
}

/** `git+https://github.com/o/r.git` → `https://github.com/o/r`. */
export function webRepositoryUrl(url: string): string {
  return url.replace(/^git\+/, "").replace(/\.git$/, "");
}

/** The repository on the web, from the packages' `repository` fields. */
export function repositoryUrl(packages: readonly SitePackage[]): string | undefined {
  return packages.find((p) => p.sourceUrl)?.sourceUrl?.replace(/\/tree\/.*$/, "");
}

/** The title of a Markdown file: front matter `title`, else its first `#` heading, else `fallback`. */
export function markdownTitle(markdown: string, fallback: string): string {
  const lines = markdown.split("\n");
  if (lines[0] === "---") {
    const end = lines.indexOf("---", 1);
    const title = lines.slice(1, end).find((l) => l.startsWith("title:"));
    if (title) return title.slice("title:".length).trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  const heading = lines.find((l) => l.startsWith("# "));
  return heading ? heading.slice(2).trim() : fallback;
}

/** The guides in reading order, with their Markdown. */
export function guidesWithText(root = docsRoot): (Guide & { readonly text: string })[] {
  return guides(root).map((g) => ({ ...g, text: readFileSync(join(root, "guides", `${g.slug}.md`), "utf8") }));
}

/** The guides in reading order: those named in docs/guides.json first, then the others by title. */
export function guides(root = docsRoot): Guide[] {
  const order: string[] = JSON.parse(readFileSync(join(root, "guides.json"), "utf8")).order;
  const all = readdirSync(join(root, "guides"))
    .filter((f) => f.endsWith(".md"))
    .map((f) => {
      const slug = f.slice(0, -3);
      return { slug, title: markdownTitle(readFileSync(join(root, "guides", f), "utf8"), slug) };
    });
  const rank = (g: Guide) => (order.includes(g.slug) ? order.indexOf(g.slug) : order.length);
  return all.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, "en"));
}

/** Where TypeDoc writes an entry point's page (see the router in typedoc-entry-points.mjs). */
function entryPointPage(shortName: string, specifier: string, packageName: string, several: boolean): string {
  if (!several) return `api/${shortName}.md`;
  return specifier === packageName ? `api/${shortName}/index.md` : `api/${shortName}/${specifier.slice(packageName.length + 1)}.md`;
}

/** The address of a page: `guides/cli.md` → `/guides/cli.html`, `api/calendar/index.md` → `/api/calendar/`. */
export function pageUrl(page: string): string {
  return `/${page.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, ".html")}`;
}

/** Every package of packages/*, sorted so that a package comes after those it depends on. */
export function sitePackages(root = repositoryRoot): SitePackage[] {
  const dir = join(root, "packages");
  const found = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, "package.json")))
    .map((name): SitePackage => {
      const manifest = JSON.parse(readFileSync(join(dir, name, "package.json"), "utf8"));
      const shortName = String(manifest.name).replace(/^@[^/]+\//, "");
      const entries = packageEntryPoints(join(dir, name));
      const deps = { ...manifest.dependencies, ...manifest.peerDependencies };
      return {
        name: manifest.name,
        shortName,
        version: manifest.version,
        description: manifest.description ?? "",
        directory: `packages/${name}`,
        private: manifest.private === true,
        entryPoints: entries.map((e) => {
          const page = entryPointPage(shortName, e.specifier, manifest.name, entries.length > 1);
          return { specifier: e.specifier, page, url: pageUrl(page) };
        }),
        dependsOn: Object.keys(deps),
        sourceUrl: typeof manifest.repository?.url === "string" ? `${webRepositoryUrl(manifest.repository.url)}/tree/main/${manifest.repository.directory ?? `packages/${name}`}` : undefined,
      };
    });
  const names = new Set(found.map((p) => p.name));
  const withLocal = found.map((p) => ({ ...p, dependsOn: p.dependsOn.filter((d) => names.has(d)) }));
  return topologicalOrder(withLocal);
}

/** Packages ordered by layer (a package's layer is one more than its highest dependency's), then name. */
export function topologicalOrder(packages: readonly SitePackage[]): SitePackage[] {
  const layers = packageLayers(packages);
  return [...packages].sort((a, b) => layers.get(a.name)! - layers.get(b.name)! || a.name.localeCompare(b.name));
}

/** The layer of each package: 0 for one without workspace dependencies. Throws on a dependency cycle. */
export function packageLayers(packages: readonly Pick<SitePackage, "name" | "dependsOn">[]): Map<string, number> {
  const byName = new Map(packages.map((p) => [p.name, p]));
  const layers = new Map<string, number>();
  const visiting = new Set<string>();
  const layerOf = (name: string): number => {
    const known = layers.get(name);
    if (known !== undefined) return known;
    if (visiting.has(name)) throw new Error(`dependency cycle through ${name}`);
    visiting.add(name);
    const deps = byName.get(name)?.dependsOn.filter((d) => byName.has(d)) ?? [];
    const layer = deps.length === 0 ? 0 : 1 + Math.max(...deps.map(layerOf));
    visiting.delete(name);
    layers.set(name, layer);
    return layer;
  };
  for (const p of packages) layerOf(p.name);
  return layers;
}
