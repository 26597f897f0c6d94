// Generated blocks in pages: `<!-- picture: reporting-graph -->` becomes the generated picture with its
// caption and text version (see ../pictures/), `<!-- site: packages -->` a block the site builds from
// the repository (see ../blocks.ts). The markers are HTML comments, so the Markdown still reads well on
// GitHub, where they stay invisible.
import type { MarkdownRenderer } from "vitepress";
import type { PageEnv } from "./types.js";

const MARKER = /^<!--\s*(picture|site):\s*([a-z0-9-]+)\s*-->$/;

/** A generated block's HTML, by kind (`picture`, `site`) and name. */
export type BlockSource = (kind: string, name: string) => string | undefined;

/** Markers that named no block; the build fails when it ends with any. */
export const blockProblems: string[] = [];

export function generatedBlocksPlugin(md: MarkdownRenderer, source: BlockSource): void {
  md.core.ruler.push("cchc_generated_blocks", (state) => {
    for (const token of state.tokens) {
      if (token.type !== "html_block") continue;
      const m = MARKER.exec(token.content.trim());
      if (!m) continue;
      const html = source(m[1]!, m[2]!);
      if (html !== undefined) token.content = `${html}\n`;
      else blockProblems.push(`${(state.env as PageEnv).relativePath}: no ${m[1]} "${m[2]}"`);
    }
  });
}
