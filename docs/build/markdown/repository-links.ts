// A page may link a file of the repository that is not a page of the site (`../../README.md#install`,
// `../RELEASING.md`, an example's folder): on GitHub such a link works, on the site it would be dead.
// These links become links to the file on the repository's web page; a link to a file that does not exist
// is a problem that fails the build, as a dead page link does.
import { existsSync } from "node:fs";
import { join, posix } from "node:path";
import type { MarkdownRenderer } from "vitepress";
import type { PageEnv } from "./types.js";

/** Links found broken while rendering: `page: href`. */
export const repositoryLinkProblems: string[] = [];

/**
 * Where a relative link of the page `relativePath` (below `docsDir`, the repository's `docs/`) points when
 * it leaves `docs/`: the file's address on `repository` (`…/blob/main/README.md#install`), `{ missing }` when
 * no such file exists, or undefined for a link that stays within the site (or has a scheme).
 */
export function repositoryHref(href: string, relativePath: string, repository: string, repositoryRoot: string): string | { missing: string } | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("#") || href.startsWith("/")) return undefined;
  const [path = "", anchor] = href.split("#", 2);
  const resolved = posix.normalize(posix.join("docs", posix.dirname(relativePath), decodeURI(path)));
  if (resolved.startsWith("docs/") || resolved === "docs" || resolved.startsWith("..")) return undefined;
  if (!existsSync(join(repositoryRoot, resolved))) return { missing: resolved };
  return `${repository}/blob/main/${resolved}${anchor === undefined ? "" : `#${anchor}`}`;
}

export function repositoryLinksPlugin(md: MarkdownRenderer, repository: string | undefined, repositoryRoot: string): void {
  if (!repository) return;
  md.core.ruler.push("cchc_repository_links", (state) => {
    const page = (state.env as PageEnv).relativePath ?? "";
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type !== "link_open") continue;
        const href = token.attrGet("href");
        const target = href === null ? undefined : repositoryHref(href, page, repository, repositoryRoot);
        if (typeof target === "string") token.attrSet("href", target);
        else if (target) repositoryLinkProblems.push(`${page}: ${href} (no file ${target.missing})`);
      }
    }
  });
}
