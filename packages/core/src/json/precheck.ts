/**
 * The fast path of {@link parseStrictJson}: after `JSON.parse` accepted the text, decide cheaply whether
 * the exact scanner (`scan.ts`) must look at it. A `false` answer is a proof that the text is I-JSON;
 * a `true` answer only means "look": false alarms cost time, never a wrong verdict.
 *
 * Why each test is enough, given that `JSON.parse` succeeded (so raw U+0000–U+001F cannot occur in a
 * string, and outside strings only tab, LF, CR and space appear):
 *
 * - **Raw characters**: a lone surrogate makes the text ill-formed (`isWellFormed`); a raw
 *   noncharacter is a BMP code unit in `RAW_NONCHARACTER` or a pair whose high half is one of the 16
 *   that start a plane's last 1 024 code points (U+xFC00–U+xFFFF).
 * - **Escapes**: every escape that can decode to a control character (`\b`, `\f`, `\u0000`–`\u001F`),
 *   a surrogate (`\uD800`–`\uDFFF`) or a BMP noncharacter (`\uFDD0`–`\uFDEF`, `\uFFFE`, `\uFFFF`) matches
 *   `SUSPICIOUS_ESCAPE`, which runs only when the text holds a backslash at all. So does `\u003A` (a
 *   colon), for the next test.
 * - **Duplicate member names**: every member of every object in the text is followed by exactly one
 *   `:` outside strings, and every other `:` of the text is a raw colon inside a string. `JSON.parse`
 *   keeps one member per distinct name and every string of the members it keeps, so
 *   (members kept) + (colons in the strings kept) equals the number of `:` in the text exactly when no
 *   member was dropped — provided no escape decodes to a colon, which `SUSPICIOUS_ESCAPE` rules out.
 *   Counting needs one `indexOf` pass over the text and one walk over the parsed value.
 */

const RAW_NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;
const SUSPICIOUS_ESCAPE = /\\(?:[bf]|u(?:00[01]|[Dd][89A-Fa-f]|[Ff][Dd][DdEe]|[Ff]{3}[EeFf]|003[Aa]))/;
const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/** `String.prototype.isWellFormed` where the engine has it (ES2024), else a conservative stand-in. */
function maybeIllFormed(text: string): boolean {
  const isWellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return isWellFormed === undefined ? ANY_SURROGATE.test(text) : !isWellFormed.call(text);
}

function colons(text: string): number {
  let count = 0;
  for (let at = text.indexOf(":"); at >= 0; at = text.indexOf(":", at + 1)) count++;
  return count;
}

/** Members of every object in `value` plus the colons in all its strings (names included). */
function membersAndColons(value: object): number {
  let count = 0;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children: readonly unknown[] = Array.isArray(node) ? node : Object.values(node);
    if (!Array.isArray(node)) {
      const names = Object.keys(node);
      count += names.length;
      for (const name of names) if (name.includes(":")) count += colons(name);
    }
    for (const child of children) {
      if (typeof child === "string") {
        if (child.includes(":")) count += colons(child);
      } else if (typeof child === "object" && child !== null) stack.push(child);
    }
  }
  return count;
}

/**
 * Whether `text`, which `JSON.parse` turned into `value`, needs the exact scan.
 *
 * @param text - The JSON text (no byte-order mark).
 * @param value - `JSON.parse(text)`.
 * @param decodedFromUtf8 - The text came from a fatal UTF-8 decoder, so it is well-formed already.
 */
export function needsExactScan(text: string, value: unknown, decodedFromUtf8: boolean): boolean {
  if (!decodedFromUtf8 && maybeIllFormed(text)) return true;
  if (RAW_NONCHARACTER.test(text)) return true;
  if (text.includes("\\") && SUSPICIOUS_ESCAPE.test(text)) return true;
  if (typeof value !== "object" || value === null) return false;
  const textColons = colons(text);
  return textColons !== 0 && textColons !== membersAndColons(value);
}
