// The search index of the site: every section of every page (guides, API pages, the rest), as plain
// text for the browser, which indexes it with MiniSearch and folds words with @cchc/core's `foldKey`
// (see ../.vitepress/theme/search/). Built with the site's own Markdown renderer, so that the anchors
// and the linked API names are those of the pages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createMarkdownRenderer, type SiteConfig } from "vitepress";
import { pageSections, type SearchSection } from "./markdown/sections.js";
import type { PageEnv } from "./markdown/types.js";
import { pageUrl } from "./structure.js";

/** Where the index is published on the site. */
export const SEARCH_INDEX_PATH = "search-index.json";

interface RenderEnv extends PageEnv {
  frontmatter?: { title?: string; search?: boolean };
}

export async function buildSearchIndex(site: SiteConfig): Promise<SearchSection[]> {
  const md = await createMarkdownRenderer(site.srcDir, site.markdown, site.site.base, site.logger);
  const base = site.site.base.replace(/\/$/, "");
  return site.pages.flatMap((page) => {
    const env: RenderEnv = { relativePath: page };
    const tokens = md.parse(readFileSync(join(site.srcDir, page), "utf8"), env);
    if (env.frontmatter?.search === false) return [];
    return pageSections(tokens, `${base}${pageUrl(page)}`, env.frontmatter?.title, page);
  });
}
