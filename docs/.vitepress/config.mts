// The documentation site (VitePress). Guides, the API reference that TypeDoc writes as Markdown into
// docs/api (see scripts/docs.mjs), generated pictures and blocks, the report playground and a search
// over everything, folded as @cchc/core folds names. Why VitePress: see docs/architecture.md.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type MarkdownRenderer } from "vitepress";
import { siteBlocks } from "../build/blocks.js";
import { apiLinksPlugin, buildApiIndex, linkProblems, type ApiIndex } from "../build/markdown/api-links.js";
import { blockProblems, generatedBlocksPlugin } from "../build/markdown/blocks.js";
import { longTablesPlugin } from "../build/markdown/long-tables.js";
import { repositoryLinkProblems, repositoryLinksPlugin } from "../build/markdown/repository-links.js";
import { guidesUsing, packageHeaderPlugin } from "../build/markdown/package-header.js";
import { PICTURE_CSS } from "../build/pictures/svg.js";
import { buildSearchIndex, SEARCH_INDEX_PATH } from "../build/search-index.js";
import { siteSidebar } from "../build/sidebar.js";
import { docsRoot, guidesWithText, repositoryRoot, repositoryUrl, sitePackages } from "../build/structure.js";
import { reportsPlugin } from "../build/reports-plugin.js";
import { searchIndexDevServer } from "../build/search-dev-server.js";

const packages = sitePackages();
const guideTexts = guidesWithText();
const guideList = guideTexts.map(({ slug, title }) => ({ slug, title }));
const repository = repositoryUrl(packages);
const apiIndexes = new WeakMap<MarkdownRenderer, ApiIndex>();

function apiIndexOf(md: MarkdownRenderer): ApiIndex {
  let index = apiIndexes.get(md);
  if (!index) {
    index = buildApiIndex(md, docsRoot, packages);
    apiIndexes.set(md, index);
  }
  return index;
}

const component = (name: string) => fileURLToPath(new URL(`./theme/components/${name}`, import.meta.url));

export default defineConfig({
  lang: "en",
  title: "cchc",
  description: "Bắc Ninh's 2026 plan for communicating administrative reform (Kế hoạch tuyên truyền CCHC 2026) as software: typed data, a Vietnamese working-day calendar, deadlines that explain themselves and report validators.",
  outDir: "site",
  cacheDir: ".vitepress/cache",
  srcExclude: ["site/**", "api-json/**", "build/**", "e2e/**", "public/**", "node_modules/**"],
  cleanUrls: false,
  lastUpdated: false,
  head: [
    ["style", {}, PICTURE_CSS],
    ["meta", { name: "theme-color", content: "#3451b2" }],
  ],
  markdown: {
    config(md) {
      // Only links with a scheme: a channel code such as F1.press.tv is not a web address.
      md.linkify.set({ fuzzyLink: false, fuzzyEmail: false });
      packageHeaderPlugin(md, () => packages, (pkg) => guidesUsing(pkg, guideTexts));
      generatedBlocksPlugin(md, siteBlocks(() => guideList, () => packages));
      apiLinksPlugin(md, () => apiIndexOf(md), () => packages);
      longTablesPlugin(md);
      repositoryLinksPlugin(md, repository, repositoryRoot);
    },
  },
  themeConfig: {
    nav: [
      { text: "Guides", link: "/guides/getting-started.html", activeMatch: "^/guides/" },
      { text: "API", link: "/api/", activeMatch: "^/api/" },
      { text: "Playground", link: "/playground.html" },
    ],
    sidebar: siteSidebar(guideList, packages),
    outline: { level: [2, 3], label: "On this page" },
    socialLinks: repository ? [{ icon: "github", link: repository, ariaLabel: "The sources on GitHub" }] : [],
    ...(repository ? { editLink: { pattern: `${repository}/blob/main/docs/:path`, text: "The source of this page" } } : {}),
    docFooter: { prev: "Previous", next: "Next" },
    footer: { message: "MIT licence. Legal and calendar facts carry their sources and confidence (VERIFIED, SECONDARY, INFERRED, UNCONFIRMED)." },
  },
  vite: {
    plugins: [searchIndexDevServer(), reportsPlugin()],
    resolve: {
      // The site's own search box, folded with @cchc/core (VitePress's would not fold Vietnamese).
      alias: [{ find: /^.*\/VPNavBarSearch\.vue$/, replacement: component("SiteSearch.vue") }],
    },
  },
  async buildEnd(site) {
    const problems = [...blockProblems, ...repositoryLinkProblems, ...linkProblems.map((p) => `${p.page}: \`${p.code}\`: ${p.reason}`)];
    if (problems.length > 0) throw new Error(`the site has ${problems.length} problem(s):\n${[...new Set(problems)].join("\n")}`);
    const sections = await buildSearchIndex(site);
    writeFileSync(join(site.outDir, SEARCH_INDEX_PATH), JSON.stringify(sections));
  },
});
