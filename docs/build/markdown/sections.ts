// The sections of a page for the site's search: one per heading (levels 1–3), with the plain text
// under it, taken from the tokens the site's own Markdown renderer produces (so the anchors are the
// page's). Code blocks are left out; inline code is kept.
import type { Token } from "./types.js";

/** One searchable section. */
export interface SearchSection {
  /** Site path with anchor, e.g. `/guides/working-day-calendar.html#substitute-days-nghi-bu`. */
  readonly url: string;
  /** The page's title. */
  readonly page: string;
  /** The section's heading (the page title for the text before the first heading). */
  readonly title: string;
  /** The section's text, white space collapsed. */
  readonly text: string;
}

function inlineText(token: Token | undefined): string {
  return (token?.children ?? [])
    .map((t) => (t.type === "text" || t.type === "code_inline" ? t.content : t.type === "softbreak" || t.type === "hardbreak" ? " " : ""))
    .join("");
}

const HTML_TAG = /<[^<>]*>/g;

/**
 * Splits a page into sections. `url` is the page's address (`/guides/cli.html`); the page's title is
 * `title` (from its front matter) or else its first `#` heading, or else `fallback`.
 */
export function pageSections(tokens: readonly Token[], url: string, title: string | undefined, fallback: string): SearchSection[] {
  const h1 = tokens.findIndex((t) => t.type === "heading_open" && t.tag === "h1");
  const heading = h1 >= 0 ? inlineText(tokens[h1 + 1]).trim() : "";
  const pageTitle = title ?? (heading || fallback);
  const sections: { anchor: string; title: string; text: string[] }[] = [{ anchor: "", title: pageTitle, text: [] }];
  tokens.forEach((token, i) => {
    if (token.type === "heading_open" && Number(token.tag.slice(1)) <= 3) {
      if (token.tag === "h1") return;
      const title = inlineText(tokens[i + 1]).trim();
      sections.push({ anchor: token.attrGet("id") ?? "", title, text: [] });
      return;
    }
    if (tokens[i - 1]?.type === "heading_open") return;
    const current = sections[sections.length - 1]!;
    if (token.type === "inline") current.text.push(inlineText(token));
    else if (token.type === "html_block") current.text.push(token.content.replace(HTML_TAG, " "));
  });
  return sections
    .map((s) => ({ url: s.anchor ? `${url}#${s.anchor}` : url, page: pageTitle, title: s.title, text: s.text.join(" ").replace(/\s+/g, " ").trim() }))
    .filter((s) => s.text.length > 0 || s.url !== url);
}
