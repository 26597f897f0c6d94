// In `vitepress dev`, the search index is computed on request (the build writes it into docs/site).
import type { Plugin } from "vite";
import type { SiteConfig } from "vitepress";
import { buildSearchIndex, SEARCH_INDEX_PATH } from "./search-index.js";

export function searchIndexDevServer(): Plugin {
  let site: SiteConfig | undefined;
  return {
    name: "cchc-search-index-dev",
    apply: "serve",
    configResolved(config) {
      site = (config as unknown as { vitepress?: SiteConfig }).vitepress;
    },
    configureServer(server) {
      server.middlewares.use(`/${SEARCH_INDEX_PATH}`, (_req, res) => {
        if (!site) return void res.writeHead(503).end();
        void buildSearchIndex(site).then((sections) => res.setHeader("Content-Type", "application/json").end(JSON.stringify(sections)));
      });
    },
  };
}
