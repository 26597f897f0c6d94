// In the guides, a table of more than LONG_TABLE_ROWS rows (the field lists of the report schemas, the
// plan's traceability table, the cross-field rules) is folded into a <details> the reader opens: the
// guides stay short enough to read through, on a phone too, and the search still finds the rows.
import type { MarkdownRenderer } from "vitepress";
import type { PageEnv } from "./types.js";

/** Tables longer than this are folded. */
export const LONG_TABLE_ROWS = 20;

export function longTablesPlugin(md: MarkdownRenderer): void {
  md.core.ruler.push("cchc_long_tables", (state) => {
    if (!(state.env as PageEnv).relativePath?.startsWith("guides/")) return;
    const tokens = state.tokens;
    for (let i = tokens.length - 1; i >= 0; i--) {
      if (tokens[i]!.type !== "table_close") continue;
      let open = i;
      while (open >= 0 && tokens[open]!.type !== "table_open") open--;
      const rows = tokens.slice(open, i).filter((t) => t.type === "tr_open").length - 1;
      if (open < 0 || rows <= LONG_TABLE_ROWS) continue;
      const before = new state.Token("html_block", "", 0);
      before.content = `<details class="cchc-long-table"><summary>Show the table (${rows} rows)</summary>\n`;
      const after = new state.Token("html_block", "", 0);
      after.content = "</details>\n";
      tokens.splice(i + 1, 0, after);
      tokens.splice(open, 0, before);
      i = open;
    }
  });
}
