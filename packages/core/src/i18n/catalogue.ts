import { DEFAULT_LANG, type Label, type Lang } from "./label.js";

/**
 * Values interpolated into a message template.
 *
 * @example
 * ```ts
 * import { interpolate, type MessageParams } from "@cchc/core";
 *
 * const params: MessageParams = { days: 3 };
 * interpolate("Chậm {days} ngày", params); // => "Chậm 3 ngày"
 * ```
 *
 * @category Labels and messages
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * A message catalogue: the same keys in Vietnamese and English. Templates use `{name}`
 * placeholders that {@link formatMessage} fills in.
 *
 * @typeParam K - The message keys.
 * @example
 * ```ts
 * import { defineCatalogue } from "@cchc/core";
 *
 * const messages = defineCatalogue({
 *   vi: { late: "Nộp muộn {days} ngày" },
 *   en: { late: "Submitted {days} days late" },
 * });
 * ```
 *
 * @category Labels and messages
 */
export interface Catalogue<K extends string> {
  /** Vietnamese templates (the default language). */
  readonly vi: Readonly<Record<K, string>>;
  /** English templates. */
  readonly en: Readonly<Record<K, string>>;
}

/**
 * Declares a catalogue. The type parameter is inferred from both languages, so a key present in
 * one language and missing in the other is a compile error; {@link catalogueProblems} checks the
 * same at run time (and that both languages use the same placeholders).
 *
 * @param catalogue - Vietnamese and English templates with identical keys.
 * @returns The same object, typed.
 * @example
 * ```ts
 * import { defineCatalogue, formatMessage } from "@cchc/core";
 *
 * const messages = defineCatalogue({
 *   vi: { due: "Hạn nộp: {date}" },
 *   en: { due: "Due: {date}" },
 * });
 * formatMessage(messages, "due", { date: "2026-03-09" }, "en"); // => "Due: 2026-03-09"
 * ```
 *
 * @category Labels and messages
 */
export function defineCatalogue<K extends string>(catalogue: Catalogue<K>): Catalogue<K> {
  return catalogue;
}

const PLACEHOLDER = /\{([a-z_]\w*)\}/gi;

/**
 * Fills a template's `{name}` placeholders. A placeholder without a value is left as written, so a
 * missing parameter is visible instead of silently empty.
 *
 * @param template - A template such as `"Hạn nộp: {date}"`.
 * @param params - The values.
 * @returns The filled-in text.
 * @example
 * ```ts
 * import { interpolate } from "@cchc/core";
 *
 * interpolate("{n} ngày làm việc", { n: 5 }); // => "5 ngày làm việc"
 * ```
 *
 * @category Labels and messages
 */
export function interpolate(template: string, params: MessageParams = {}): string {
  let parts = templates.get(template);
  if (parts === undefined) {
    // Texts at even indexes, placeholder names at odd ones (the pattern's one capture group).
    parts = template.split(PLACEHOLDER);
    if (templates.size < MAX_CACHED_TEMPLATES) templates.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (Object.hasOwn(params, name) ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

/**
 * Templates already cut at their placeholders, by text. Messages are formatted on the failure path of
 * every validation, from a few hundred templates: cutting each once (instead of a regular-expression
 * replace per call) made issue building several times faster. Bounded, for callers who pass templates
 * of their own.
 */
const templates = new Map<string, readonly string[]>();
const MAX_CACHED_TEMPLATES = 2048;

/**
 * Formats one message of a catalogue in one language.
 *
 * @param catalogue - The catalogue.
 * @param key - The message key.
 * @param params - Placeholder values.
 * @param lang - Output language (default Vietnamese).
 * @returns The formatted message.
 * @example
 * ```ts
 * import { dateMessages, formatMessage } from "@cchc/core";
 *
 * formatMessage(dateMessages, "date.invalid_format", { input: "31/02/2026" }, "en");
 * ```
 *
 * @category Labels and messages
 */
export function formatMessage<K extends string>(
  catalogue: Catalogue<K>,
  key: K,
  params: MessageParams = {},
  lang: Lang = DEFAULT_LANG,
): string {
  return interpolate(catalogue[lang][key], params);
}

/**
 * Formats one message of a catalogue in both languages at once.
 *
 * @param catalogue - The catalogue.
 * @param key - The message key.
 * @param params - Placeholder values.
 * @returns A bilingual label.
 * @example
 * ```ts
 * import { dateMessages, messageLabel } from "@cchc/core";
 *
 * messageLabel(dateMessages, "date.invalid_format", { input: "x" }).en;
 * ```
 *
 * @category Labels and messages
 */
export function messageLabel<K extends string>(
  catalogue: Catalogue<K>,
  key: K,
  params: MessageParams = {},
): Label {
  return { vi: interpolate(catalogue.vi[key], params), en: interpolate(catalogue.en[key], params) };
}

function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "").sort();
}

/**
 * Run-time parity check of a catalogue (the zod locale-parity idea): every key must exist and be
 * non-empty in both languages, and both languages must use the same placeholders.
 *
 * @param catalogue - The catalogue to check (typed loosely so JSON-loaded catalogues can be checked).
 * @returns One line per problem; an empty array means the catalogue is complete.
 * @example
 * ```ts
 * import { catalogueProblems, dateMessages } from "@cchc/core";
 *
 * catalogueProblems(dateMessages); // => []
 * ```
 *
 * @category Labels and messages
 */
export function catalogueProblems(catalogue: {
  readonly vi: Readonly<Record<string, unknown>>;
  readonly en: Readonly<Record<string, unknown>>;
}): string[] {
  const problems: string[] = [];
  const keys = new Set([...Object.keys(catalogue.vi), ...Object.keys(catalogue.en)]);
  for (const key of [...keys].sort()) {
    const vi = catalogue.vi[key];
    const en = catalogue.en[key];
    if (typeof vi !== "string" || vi.trim() === "") problems.push(`missing vi: ${key}`);
    if (typeof en !== "string" || en.trim() === "") problems.push(`missing en: ${key}`);
    if (typeof vi === "string" && typeof en === "string") {
      const a = placeholders(vi).join(",");
      const b = placeholders(en).join(",");
      if (a !== b) problems.push(`placeholders differ for ${key}: vi {${a}} en {${b}}`);
    }
  }
  return problems;
}
