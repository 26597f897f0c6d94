/**
 * The fast path of {@link parseStrictJson}: after `JSON.parse` accepted the text, decide cheaply whether
 * the exact scanner (`scan.ts`) must look at it. A `false` answer is a proof that the text is I-JSON;
 * a `true` answer only means "look": false alarms cost time, never a wrong verdict.
 *
 * Why each test is enough, given that `JSON.parse` succeeded (so raw U+0000–U+001F cannot occur in a
 * string, and outside strings only tab, LF, CR and space appear):
 *
 * - **Raw characters**: a lone surrogate makes the text ill-formed (`isWellFormed`; text from the
 *   fatal UTF-8 decoder is well-formed already); a raw noncharacter is a BMP code unit in
 *   `RAW_NONCHARACTER` or a pair whose high half is one of the 16 that start a plane's last 1 024 code
 *   points (U+xFC00–U+xFFFF). When the text was decoded from a Node `Buffer`, three native byte searches
 *   replace that regular expression: every noncharacter's UTF-8 form holds `EF B7` (U+FDD0–U+FDEF) or
 *   `BF BE` / `BF BF` (U+xFFFE, U+xFFFF), byte pairs that occur in no other character but a few rare
 *   ones (U+0FFE, U+1FFF…).
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

/** The UTF-8 byte pairs behind every noncharacter, made on first use. */
let noncharacterNeedles: readonly Uint8Array[] | undefined;

interface NodeBuffer {
  isBuffer(value: unknown): boolean;
}

/** Whether UTF-8 bytes may hold a noncharacter: native searches on a Node `Buffer`, else `undefined` (unknown). */
function bytesMayHoldNoncharacter(bytes: Uint8Array): boolean | undefined {
  const buffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
  if (buffer === undefined || !buffer.isBuffer(bytes)) return undefined;
  noncharacterNeedles ??= [Uint8Array.of(0xef, 0xb7), Uint8Array.of(0xbf, 0xbe), Uint8Array.of(0xbf, 0xbf)];
  const search = bytes as unknown as { indexOf(needle: Uint8Array): number };
  return noncharacterNeedles.some((needle) => search.indexOf(needle) >= 0);
}

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

function colonsIn(value: unknown, stack: object[]): number {
  if (typeof value === "string") return value.includes(":") ? colons(value) : 0;
  if (typeof value === "object" && value !== null) stack.push(value);
  return 0;
}

/**
 * Members of every object in `value` plus the colons in all its strings (names included). `for…in`
 * is the fastest walk over `JSON.parse`'s objects; it would also count inherited enumerable
 * properties, which is why {@link needsExactScan} first checks that `Object.prototype` has none.
 */
function membersAndColons(value: object): number {
  let count = 0;
  const stack: object[] = [value];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) count += colonsIn(node[i], stack);
    } else {
      for (const name in node) {
        count += 1 + colonsIn(name, stack) + colonsIn((node as Record<string, unknown>)[name], stack);
      }
    }
  }
  return count;
}

/** Whether some library made a property of `Object.prototype` enumerable (then `for…in` counts it). */
function prototypeIsPolluted(): boolean {
  for (const _ in {}) return true;
  return false;
}

/**
 * Whether `text`, which `JSON.parse` turned into `value`, needs the exact scan.
 *
 * @param text - The JSON text (no byte-order mark).
 * @param value - `JSON.parse(text)`.
 * @param bytes - The UTF-8 bytes the fatal decoder turned into `text`, if it came from bytes.
 */
export function needsExactScan(text: string, value: unknown, bytes?: Uint8Array): boolean {
  if (bytes === undefined) {
    if (maybeIllFormed(text) || RAW_NONCHARACTER.test(text)) return true;
  } else if (bytesMayHoldNoncharacter(bytes) ?? RAW_NONCHARACTER.test(text)) return true;
  if (text.includes("\\") && SUSPICIOUS_ESCAPE.test(text)) return true;
  if (typeof value !== "object" || value === null) return false;
  const textColons = colons(text);
  return textColons !== 0 && (prototypeIsPolluted() || textColons !== membersAndColons(value));
}
