// Under the title of every API page: the package's version, how to install it, where its sources are,
// and for a secondary entry point, the package it belongs to.
import type { MarkdownRenderer } from "vitepress";
import { escapeXml } from "../pictures/svg.js";
import type { SitePackage } from "../structure.js";
import type { PageEnv } from "./types.js";

export function packageHeaderHtml(pkg: SitePackage, specifier: string): string {
  const parts = [`Version <strong>${escapeXml(pkg.version)}</strong>`, `<code>npm install ${escapeXml(pkg.name)}</code>`];
  if (pkg.sourceUrl) parts.push(`<a href="${escapeXml(pkg.sourceUrl)}">source</a>`);
  if (specifier !== pkg.name) parts.push(`entry point of <a href="${pkg.entryPoints[0]?.url ?? "/api/"}"><code>${escapeXml(pkg.name)}</code></a>`);
  return `<p class="cchc-package-meta">${parts.join(" · ")}</p>`;
}

export function packageHeaderPlugin(md: MarkdownRenderer, packages: () => readonly SitePackage[]): void {
  md.core.ruler.push("cchc_package_header", (state) => {
    const page = (state.env as PageEnv).relativePath;
    for (const pkg of packages()) {
      const entry = pkg.entryPoints.find((e) => e.page === page);
      if (!entry) continue;
      const close = state.tokens.findIndex((t) => t.type === "heading_close" && t.tag === "h1");
      if (close < 0) return;
      const block = new state.Token("html_block", "", 0);
      block.content = `${packageHeaderHtml(pkg, entry.specifier)}\n`;
      state.tokens.splice(close + 1, 0, block);
      return;
    }
  });
}
