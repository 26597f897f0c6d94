import { err, foldKey, makeError, ok, type Result } from "@cchc/core";
import type { Topic } from "../model/topic.js";
import { planMessages } from "../messages.js";

/**
 * Longest text {@link matchTopics} accepts (characters): a long article is fine, a data dump is refused.
 *
 * @example
 * ```ts
 * import { MAX_TOPIC_TEXT_LENGTH } from "@cchc/plan";
 *
 * MAX_TOPIC_TEXT_LENGTH; // => 1000000
 * ```
 *
 * @category Queries
 */
export const MAX_TOPIC_TEXT_LENGTH = 1_000_000;

/**
 * A topic that matched a text, with the keywords found (as written in the topic) and a score (how many
 * distinct keywords matched).
 *
 * @example
 * ```ts
 * import type { TopicMatch } from "@cchc/plan";
 *
 * const m: TopicMatch = { code: "T4.6", score: 2, keywords: ["chuyển đổi số", "thanh toán trực tuyến"] };
 * ```
 *
 * @category Queries
 */
export interface TopicMatch {
  /** The topic's code. */
  readonly code: string;
  /** How many distinct keywords matched. */
  readonly score: number;
  /** The keywords found, as written in the topic. */
  readonly keywords: readonly string[];
}

const NON_ALNUM = /[^a-z0-9]+/g;

/** Folded, punctuation-free, space-padded form used for whole-word matching. */
function matchKey(text: string): string {
  return ` ${foldKey(text).replace(NON_ALNUM, " ").trim()} `;
}

const prepared = new WeakMap<readonly Topic[], readonly { code: string; keys: readonly (readonly [key: string, keyword: string])[] }[]>();

function prepare(topics: readonly Topic[]) {
  let table = prepared.get(topics);
  if (!table) {
    table = topics.map((t) => ({
      code: t.code,
      keys: t.keywords.map((k): [string, string] => [matchKey(k), k]).filter(([key]) => key.trim() !== ""),
    }));
    prepared.set(topics, table);
  }
  return table;
}

/**
 * Tags a Vietnamese text (a news item, a headline, a report line) with the topics whose keywords it
 * contains. Matching goes through the folding key of `@cchc/core` — case, diacritics (with or without
 * dấu), NFC/NFD and punctuation do not matter — and is by whole words, so "PCI" does not match inside
 * another word. Results are sorted by score, then in the topics' order.
 *
 * @param topics - The plan's topics (for Bắc Ninh 2026: `topics`).
 * @param text - The text to tag (at most {@link MAX_TOPIC_TEXT_LENGTH} characters).
 * @returns The matching topics, or `plan.input_too_long`.
 * @example
 * ```ts
 * import { matchTopics, topics } from "@cchc/plan";
 *
 * const r = matchTopics(topics, "Tỷ lệ THANH TOAN TRUC TUYEN và hồ sơ trễ hạn phải xin lỗi");
 * if (r.ok) r.value.map((m) => m.code); // => ["T4.2", "T4.6"]
 * ```
 *
 * @category Queries
 */
export function matchTopics(topics: readonly Topic[], text: string): Result<TopicMatch[]> {
  if (text.length > MAX_TOPIC_TEXT_LENGTH) {
    return err(makeError(planMessages, "plan.input_too_long", { length: text.length, max: MAX_TOPIC_TEXT_LENGTH }));
  }
  const haystack = matchKey(text);
  const matches: (TopicMatch & { order: number })[] = [];
  prepare(topics).forEach(({ code, keys }, order) => {
    const found = keys.filter(([key]) => haystack.includes(key)).map(([, keyword]) => keyword);
    if (found.length > 0) matches.push({ code, score: new Set(found.map(matchKey)).size, keywords: found, order });
  });
  matches.sort((a, b) => b.score - a.score || a.order - b.order);
  return ok(matches.map(({ code, score, keywords }) => ({ code, score, keywords })));
}
