// The blocks the site generates from the repository for `<!-- site: … -->` and `<!-- picture: … -->`
// markers: the packages with their versions and entry points, the guides in reading order, and the
// pictures.
import { figureHtml, sitePictures } from "./pictures/index.js";
import { escapeXml, type Picture } from "./pictures/svg.js";
import type { Guide, SitePackage } from "./structure.js";

/** The table of packages: name (linked), version, what it is for, entry points. */
export function packagesTable(packages: readonly SitePackage[]): string {
  const rows = packages.map((p) => {
    const entries = p.entryPoints.map((e) => `<a href="${e.url}"><code>${escapeXml(e.specifier)}</code></a>`).join("<br>");
    return `<tr><td><a href="${p.entryPoints[0]?.url ?? "/api/"}"><code>${escapeXml(p.name)}</code></a></td><td>${escapeXml(p.version)}</td><td>${escapeXml(p.description)}</td><td>${entries}</td></tr>`;
  });
  return `<table class="cchc-packages"><thead><tr><th>Package</th><th>Version</th><th>What it is for</th><th>Entry points</th></tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

/** The guides as a numbered list, in reading order. */
export function guidesList(guides: readonly Guide[]): string {
  return `<ol class="cchc-guides">\n${guides.map((g) => `<li><a href="/guides/${g.slug}.html">${escapeXml(g.title)}</a></li>`).join("\n")}\n</ol>`;
}

/** The block source of the site's Markdown plugin. */
export function siteBlocks(guides: () => readonly Guide[], packages: () => readonly SitePackage[]): (kind: string, name: string) => string | undefined {
  let pictures: ReadonlyMap<string, Picture> | undefined;
  return (kind, name) => {
    if (kind === "picture") {
      pictures ??= sitePictures();
      const picture = pictures.get(name);
      return picture ? figureHtml(picture) : undefined;
    }
    if (kind === "site" && name === "packages") return packagesTable(packages());
    if (kind === "site" && name === "guides") return guidesList(guides());
    return undefined;
  };
}
