/**
 * Reads a rendered .docx back: unzips it (fflate) and pulls facts out of word/document.xml — page size,
 * margins, fonts, sizes, and the text of every paragraph in document order (table cells included).
 */
import { strFromU8, unzipSync } from "fflate";

export interface Ooxml {
  readonly files: readonly string[];
  readonly document: string;
  readonly styles: string;
  readonly headers: readonly string[];
  readonly settings: string;
}

export function readDocx(bytes: Uint8Array): Ooxml {
  const entries = unzipSync(bytes);
  const text = (name: string) => (entries[name] ? strFromU8(entries[name]!) : "");
  const files = Object.keys(entries);
  return {
    files,
    document: text("word/document.xml"),
    styles: text("word/styles.xml"),
    settings: text("word/settings.xml"),
    headers: files.filter((f) => /^word\/header\d+\.xml$/.test(f)).map(text),
  };
}

const PARAGRAPH = /<w:p[ >][\s\S]*?<\/w:p>/g;
const TEXT = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g;

function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** The text of each non-empty paragraph, in document order; a line break inside a paragraph is a space. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(PARAGRAPH)]
    .map((p) => [...p[0].matchAll(TEXT)].map((t) => (t[1] === undefined ? " " : unescape(t[1]))).join(""))
    .filter((t) => t.trim() !== "");
}

/** The raw XML of each paragraph whose text is exactly `text`. */
export function paragraphXml(xml: string, text: string): string[] {
  return [...xml.matchAll(PARAGRAPH)].map((p) => p[0]).filter((p) => [...p.matchAll(TEXT)].map((t) => (t[1] === undefined ? " " : unescape(t[1]))).join("") === text);
}

/** An attribute of the first element `tag` (e.g. `w:pgSz`, `w:w`). */
export function attribute(xml: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<${tag} [^>]*>`).exec(xml)?.[0];
  return element === undefined ? undefined : new RegExp(`${name}="([^"]*)"`).exec(element)?.[1];
}

/** Rows of every table, each a list of cell texts. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join(" ")),
    ),
  );
}

/** Millimetres from twips. */
export const twipsToMm = (twips: number): number => (twips * 25.4) / 1440;
