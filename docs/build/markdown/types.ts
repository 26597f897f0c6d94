import type { MarkdownRenderer } from "vitepress";

/** A markdown-it token, as VitePress's renderer makes them. */
export type Token = ReturnType<MarkdownRenderer["parse"]>[number];

/** What VitePress passes as `env` when it renders a page (the fields the site's plugins read). */
export interface PageEnv {
  /** The page's path below docs/, e.g. `guides/cli.md`. */
  relativePath?: string;
  /** Set by the site's own pre-pass, which must not recurse into the link index. */
  cchcIndexing?: boolean;
}
