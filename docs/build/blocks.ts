// The blocks the site generates from the repository for `<!-- site: … -->` and `<!-- picture: … -->`
// markers: the packages with their versions and entry points, the guides in reading order, and the
// pictures.
import { figureHtml, sitePictures } from "./pictures/index.js";
import { escapeXml, type Picture } from "./pictures/svg.js";
import type { Guide, SitePackage } from "./structure.js";

/** The packages as cards (a table of four columns is unreadable on a phone): name, version, purpose, entry points. */
export function packagesTable(packages: readonly SitePackage[]): string {
  const cards = packages.map((p) => {
    const others = p.entryPoints.slice(1).map((e) => `<a href="${e.url}"><code>${escapeXml(e.specifier)}</code></a>`);
    const entries = others.length > 0 ? `<p class="cchc-package-entries">Also: ${others.join(", ")}</p>` : "";
    return [
      `<div class="cchc-package">`,
      `<p class="cchc-package-name"><a href="${p.entryPoints[0]?.url ?? "/api/"}"><code>${escapeXml(p.name)}</code></a> <span class="cchc-version">${escapeXml(p.version)}</span></p>`,
      `<p>${escapeXml(p.description)}</p>`,
      entries,
      `</div>`,
    ].join("");
  });
  return `<div class="cchc-packages">\n${cards.join("\n")}\n</div>`;
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
