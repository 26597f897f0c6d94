// The site's navigation, from the discovered structure: guides in reading order, the reference pages,
// and one section per package with its version and a page per entry point.
import type { DefaultTheme } from "vitepress";
import { escapeXml } from "./pictures/svg.js";
import type { Guide, SitePackage } from "./structure.js";

/** The reference pages that are not package pages. */
export const REFERENCE_PAGES: readonly DefaultTheme.SidebarItem[] = [
  { text: "API overview", link: "/api/" },
  { text: "Issue codes (vi/en)", link: "/api/issue-codes.html" },
  { text: "Report playground", link: "/playground.html" },
  { text: "Architecture", link: "/architecture.html" },
];

/** A package's label: its name and version. */
export function packageLabel(pkg: SitePackage): string {
  return `${escapeXml(pkg.name)} <span class="cchc-version">${escapeXml(pkg.version)}</span>`;
}

export function siteSidebar(guides: readonly Guide[], packages: readonly SitePackage[]): DefaultTheme.SidebarItem[] {
  return [
    { text: "Guides", items: guides.map((g) => ({ text: g.title, link: `/guides/${g.slug}.html` })) },
    { text: "Reference", items: [...REFERENCE_PAGES] },
    {
      text: "Packages",
      items: packages.map((pkg) => {
        const [main, ...others] = pkg.entryPoints;
        if (others.length === 0) return { text: packageLabel(pkg), link: main?.url ?? "/api/" };
        return {
          text: packageLabel(pkg),
          link: main?.url ?? "/api/",
          collapsed: true,
          items: others.map((e) => ({ text: escapeXml(e.specifier), link: e.url })),
        };
      }),
    },
  ];
}
