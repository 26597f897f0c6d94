// A lazy module of the bin (tsup.bin.config.ts): loaded only when an id was mistyped.
import { distance } from "fastest-levenshtein";

/** Longest input compared (an id is short; a pasted paragraph is not an id). */
const MAX_INPUT = 100;
/** How close a candidate must be: 1 − distance / length of the longer string. */
const MIN_SIMILARITY = 0.6;

/**
 * The known id a mistyped one most likely meant, for a "did you mean …?" hint: the only candidate that
 * contains the input (`media-monthly` → `media-monthly-report`), else the single most similar candidate
 * (similarity: 1 − Levenshtein distance, from fastest-levenshtein, / the longer length) if it is similar
 * enough. Case is ignored.
 *
 * @param input - What was typed.
 * @param candidates - The known ids.
 * @returns The suggestion, or `undefined` when nothing is close or two candidates are equally close.
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const typed = input.trim().toLowerCase();
  if (typed.length === 0 || typed.length > MAX_INPUT) return undefined;
  const containing = candidates.filter((c) => typed.length >= 3 && c.toLowerCase().includes(typed));
  if (containing.length === 1) return containing[0];
  let best: string | undefined;
  let bestSimilarity = -Infinity;
  let tie = false;
  for (const candidate of candidates) {
    const similarity = 1 - distance(typed, candidate.toLowerCase()) / Math.max(typed.length, candidate.length);
    if (similarity > bestSimilarity) {
      best = candidate;
      bestSimilarity = similarity;
      tie = false;
    } else if (similarity === bestSimilarity) tie = true;
  }
  return best !== undefined && !tie && bestSimilarity >= MIN_SIMILARITY ? best : undefined;
}
