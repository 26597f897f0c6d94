/**
 * Longest echo of user input in a message, in code points, before {@link displayText} cuts it with an
 * ellipsis.
 *
 * @example
 * ```ts
 * import { DISPLAY_TEXT_MAX_LENGTH } from "@cchc/core";
 *
 * DISPLAY_TEXT_MAX_LENGTH; // => 80
 * ```
 *
 * @category Vietnamese text
 */
export const DISPLAY_TEXT_MAX_LENGTH = 80;

// C0 and C1 controls, DEL, the line/paragraph separators and the bidirectional overrides and isolates:
// characters that move the cursor, recolour a terminal or reorder what a reader sees.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeCharacter(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}

/**
 * User input made safe to echo in a message: every control character (C0, DEL, C1), line or paragraph
 * separator and bidirectional override is shown escaped (`\x1b`, `\u202e`), so that an argument can
 * neither drive the terminal nor reorder the text around it, and text longer than `maxLength` code
 * points is cut with an ellipsis (`…`), never inside a surrogate pair. Tabs and newlines are escaped
 * too: an echo stays on its line. Machine output (`--json`'s `input` fields) keeps the exact text.
 *
 * @param text - The text a user typed or sent.
 * @param maxLength - Longest echo in code points (default {@link DISPLAY_TEXT_MAX_LENGTH}); `Infinity`
 *   escapes without cutting, for messages that are already bounded.
 * @returns The text to print.
 * @example
 * ```ts
 * import { displayText } from "@cchc/core";
 *
 * displayText("\u001b[31m167/KH-UBND"); // => "\\x1b[31m167/KH-UBND"
 * displayText("x".repeat(100)).length; // => 81
 * displayText("Bắc Ninh"); // => "Bắc Ninh"
 * ```
 *
 * @category Vietnamese text
 */
export function displayText(text: string, maxLength: number = DISPLAY_TEXT_MAX_LENGTH): string {
  const points = Array.from(text);
  const cut = points.length > maxLength;
  const kept = cut ? points.slice(0, Math.max(0, maxLength)).join("") : text;
  return kept.replace(UNSAFE, escapeCharacter) + (cut ? "…" : "");
}
