// Under the title of every API page: the package's version, how to install it, where its sources are,
// for a secondary entry point the package it belongs to, and the guides that use the package — so that
// the reference leads back to the guides as the guides lead to the reference.
import type { MarkdownRenderer } from "vitepress";
import { escapeXml } from "../pictures/svg.js";
import type { Guide, SitePackage } from "../structure.js";
import type { PageEnv } from "./types.js";

export function packageHeaderHtml(pkg: SitePackage, specifier: string, guides: readonly Guide[] = []): string {
  const parts = [`Version <strong>${escapeXml(pkg.version)}</strong>`, `<code>npm install ${escapeXml(pkg.name)}</code>`];
  if (pkg.sourceUrl) parts.push(`<a href="${escapeXml(pkg.sourceUrl)}">source</a>`);
  if (specifier !== pkg.name) parts.push(`entry point of <a href="${pkg.entryPoints[0]?.url ?? "/api/"}"><code>${escapeXml(pkg.name)}</code></a>`);
  const meta = `<p class="cchc-package-meta">${parts.join(" · ")}</p>`;
  if (guides.length === 0) return meta;
  const links = guides.map((g) => `<a href="/guides/${g.slug}.html">${escapeXml(g.title)}</a>`).join(" · ");
  return `${meta}\n<p class="cchc-package-meta">Guides: ${links}</p>`;
}

/** The guides that name a package (`@cchc/deadlines`, or one of its entry points), in reading order. */
export function guidesUsing(pkg: SitePackage, guides: readonly (Guide & { readonly text: string })[]): Guide[] {
  const named = (text: string) => {
    let at = text.indexOf(pkg.name);
    while (at >= 0) {
      const next = text[at + pkg.name.length] ?? "";
      if (!/[a-z-]/.test(next)) return true;
      at = text.indexOf(pkg.name, at + 1);
    }
    return false;
  };
  return guides.filter((g) => named(g.text)).map(({ slug, title }) => ({ slug, title }));
}

export function packageHeaderPlugin(md: MarkdownRenderer, packages: () => readonly SitePackage[], guides: (pkg: SitePackage) => readonly Guide[] = () => []): void {
  md.core.ruler.push("cchc_package_header", (state) => {
    const page = (state.env as PageEnv).relativePath;
    for (const pkg of packages()) {
      const entry = pkg.entryPoints.find((e) => e.page === page);
      if (!entry) continue;
      const close = state.tokens.findIndex((t) => t.type === "heading_close" && t.tag === "h1");
      if (close < 0) return;
      const block = new state.Token("html_block", "", 0);
      block.content = `${packageHeaderHtml(pkg, entry.specifier, guides(pkg))}\n`;
      state.tokens.splice(close + 1, 0, block);
      return;
    }
  });
}
