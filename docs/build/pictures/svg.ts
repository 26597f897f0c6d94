// Small helpers for the site's generated pictures: escaping, word wrapping by an estimated text width,
// and the shared style (colours from the site's theme variables, with fallbacks for the standalone file).
// The pictures are drawn by hand rather than by a layout library because each is a few boxes in
// columns or a calendar grid whose layout follows from the data (layers, weeks) in a few lines.

/** A generated picture: the SVG, a title and one-sentence summary (its accessible name and description), and a text version. */
export interface Picture {
  readonly name: string;
  readonly title: string;
  readonly summary: string;
  readonly svg: string;
  /** The same information as HTML (lists, tables), for readers who do not see the picture. */
  readonly textVersion: string;
}

/** Escapes text for SVG and HTML. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Average width of a character at font size 1 (a sans-serif mix of Vietnamese text). */
const CHAR_WIDTH = 0.56;

/** Estimated width of `text` at `size` px. */
export function textWidth(text: string, size: number): number {
  return [...text].length * CHAR_WIDTH * size;
}

/** Words of `text` in lines that fit `width` px at `size` px (a word longer than a line gets its own line). */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The pictures' style. Class names are prefixed: the site puts this into its pages' head once (an SVG
 * inlined in a page cannot carry a `<style>` of its own there), and each SVG file carries a copy.
 */
export const PICTURE_CSS = `
.cchc-pic-text { font: 13px/1.2 var(--vp-font-family-base, system-ui, sans-serif); fill: var(--vp-c-text-1, #3c3c43); }
.cchc-pic-small { font-size: 11px; fill: var(--vp-c-text-2, #67676c); }
.cchc-pic-strong { font-weight: 600; }
.cchc-pic-box { fill: var(--vp-c-bg, #fff); stroke: var(--vp-c-divider, #c2c2c4); }
.cchc-pic-accent { fill: var(--vp-c-brand-soft, rgba(100, 108, 255, 0.14)); stroke: var(--vp-c-brand-1, #3451b2); }
.cchc-pic-off { fill: var(--vp-c-danger-soft, rgba(244, 63, 94, 0.14)); stroke: var(--vp-c-danger-1, #b8272c); }
.cchc-pic-weekend { fill: var(--vp-c-default-soft, rgba(142, 150, 170, 0.24)); stroke: var(--vp-c-divider, #c2c2c4); }
.cchc-pic-line { stroke: var(--vp-c-text-2, #67676c); fill: none; stroke-width: 1.4; }
.cchc-pic-dashed { stroke-dasharray: 5 4; }
.cchc-pic-marker { fill: var(--vp-c-text-2, #67676c); }
.cchc-pic-due { fill: var(--vp-c-brand-1, #3451b2); }
`;

/** An SVG element with an accessible name and description (and no style: see {@link svgFile}). */
export function svgDocument(id: string, width: number, height: number, title: string, summary: string, body: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeXml(title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(summary)}</desc>`,
    `<defs><marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" class="cchc-pic-marker"/></marker></defs>`,
    body,
    `</svg>`,
  ].join("\n");
}

/** A picture as a standalone SVG file: its style inside. */
export function svgFile(picture: Picture): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${picture.svg.replace(/^(<svg[^>]*>)/, `$1\n<style>${PICTURE_CSS}</style>`)}\n`;
}

/** Lines of text, the first at `y`, centred on `x` (or starting at `x` with `anchor: "start"`). */
export function textLines(lines: readonly string[], x: number, y: number, lineHeight: number, className: string, anchor: "middle" | "start" = "middle"): string {
  return lines.map((line, i) => `<text x="${x}" y="${y + i * lineHeight}" text-anchor="${anchor}" class="${className}">${escapeXml(line)}</text>`).join("");
}
