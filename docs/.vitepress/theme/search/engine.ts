// The site's search: MiniSearch over the sections of every page, with each word folded by @cchc/core's
// `foldKey` — the folding the libraries use to match names — so that "nghi bu" finds "nghỉ bù", "Tet"
// finds "Tết" and "DANG KY" finds "đăng ký". Results carry an excerpt around the first matching word.
import { foldKey } from "@cchc/core";
import MiniSearch from "minisearch";

/** One section of a page, as the site's build publishes it (docs/build/markdown/sections.ts). */
export interface SearchSection {
  readonly url: string;
  readonly page: string;
  readonly title: string;
  readonly text: string;
}

/** A piece of an excerpt; `match` when it is a word the query matched. */
export interface ExcerptPart {
  readonly text: string;
  readonly match: boolean;
}

/** One result. */
export interface SearchHit {
  readonly section: SearchSection;
  readonly score: number;
  readonly excerpt: readonly ExcerptPart[];
}

const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** The words of a text (letters with their marks, digits). */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A term as indexed and searched: folded, or dropped when nothing is left. */
export function foldTerm(term: string): string | null {
  const folded = foldKey(term);
  return folded === "" ? null : folded;
}

/** How many of MiniSearch's best results are re-ranked by phrase. */
const RERANKED = 200;
const BEFORE = 8;
const AFTER = 22;

/**
 * Whether a folded word matches the query's folded terms: equal to one of them, or starting with the
 * last one (the word being typed).
 */
export function matchesTerms(word: string, terms: readonly string[]): boolean {
  return terms.some((t, i) => matchesTerm(word, t, i === terms.length - 1));
}

function matchesTerm(word: string, term: string, last: boolean): boolean {
  return word === term || (last && word.startsWith(term));
}

/**
 * The text around the first place where the query's words follow each other (else around the first
 * matching word), matching words marked.
 */
export function excerpt(text: string, terms: readonly string[]): ExcerptPart[] {
  const found = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldKey(m[0]) }));
  if (found.length === 0) return [];
  const matches = (w: { folded: string }) => matchesTerms(w.folded, terms);
  const phraseAt = found.findIndex((_, i) => terms.every((t, j) => found[i + j] !== undefined && matchesTerm(found[i + j]!.folded, t, j === terms.length - 1)));
  const first = Math.max(0, phraseAt >= 0 ? phraseAt : found.findIndex(matches));
  const from = Math.max(0, first - BEFORE);
  const to = Math.min(found.length - 1, first + AFTER);
  const parts: ExcerptPart[] = [];
  let cursor = found[from]!.start;
  if (from > 0) parts.push({ text: "… ", match: false });
  for (let i = from; i <= to; i++) {
    const w = found[i]!;
    if (!matches(w)) continue;
    if (w.start > cursor) parts.push({ text: text.slice(cursor, w.start), match: false });
    parts.push({ text: text.slice(w.start, w.end), match: true });
    cursor = w.end;
  }
  const end = found[to]!.end;
  if (end > cursor) parts.push({ text: text.slice(cursor, end), match: false });
  if (to < found.length - 1) parts.push({ text: " …", match: false });
  return parts;
}

/** A search engine over the sections. */
export interface SearchEngine {
  search(query: string, limit?: number): SearchHit[];
}

export function createSearchEngine(sections: readonly SearchSection[]): SearchEngine {
  const index = new MiniSearch<SearchSection & { id: number }>({
    fields: ["title", "page", "text"],
    storeFields: [],
    tokenize: words,
    processTerm: foldTerm,
    searchOptions: {
      // The last word is being typed: it matches as a prefix; the others match whole (or nearly).
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => (term.length > 5 ? 0.2 : false),
      boost: { title: 3, page: 1.5, text: 1 },
      combineWith: "AND",
    },
  });
  index.addAll(sections.map((s, id) => ({ ...s, id })));
  const folded: string[] = [];
  const foldedText = (id: number) => (folded[id] ??= foldKey(`${sections[id]!.title} ${sections[id]!.text}`));
  return {
    search(query, limit = 20) {
      const terms = words(query).map(foldTerm).filter((t): t is string => t !== null);
      if (terms.length === 0) return [];
      const phrase = terms.join(" ");
      return index
        .search(query)
        .slice(0, RERANKED)
        .map((r) => {
          const id = r.id as number;
          // Words next to each other as typed rank first ("nghi bu" before a page with "nghi" and "bu"
          // apart), and a guide before an API page of the same weight: guides are written to be read.
          const together = terms.length > 1 && foldedText(id).includes(phrase) ? 2 : 1;
          const guide = sections[id]!.url.includes("/guides/") ? 1.5 : 1;
          return { id, score: r.score * together * guide };
        })
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ id, score }) => ({ section: sections[id]!, score, excerpt: excerpt(sections[id]!.text, terms) }));
    },
  };
}
