/**
 * Width of a line of text in Times New Roman, estimated from the font's advance widths (the metrics of
 * Times-Roman and Times-Bold in Adobe's Core 14 AFM files, which Times New Roman and its metric-compatible
 * substitute Liberation Serif share), in thousandths of an em. Vietnamese letters take the width of their
 * base letter. Why by hand: the decree draws rules whose length depends on the text above them (the whole
 * Tiêu ngữ; 1/3–1/2 of the issuing body's name and of the summary line), and OOXML has no "rule as long as
 * the text" — a paragraph border spans the paragraph, so the renderer sizes the paragraph to the
 * estimated width. The office test compares the estimate with the width LibreOffice lays out.
 */

const UPPER_BOLD = [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667];
const LOWER_BOLD = [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444];
const UPPER_REGULAR = [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611];
const LOWER_REGULAR = [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444];
const PUNCTUATION: Readonly<Record<string, [regular: number, bold: number]>> = {
  " ": [250, 250],
  ",": [250, 250],
  ".": [250, 250],
  "-": [333, 333],
  ":": [278, 333],
  "/": [278, 278],
  "(": [333, 333],
  ")": [333, 333],
  "&": [778, 833],
};
const DIGIT = 500;
const OTHER = 500;

function base(char: string): string {
  if (char === "Đ") return "D";
  if (char === "đ") return "d";
  return char.normalize("NFD")[0] ?? char;
}

/** Advance width of one character, in thousandths of an em. */
function advance(char: string, bold: boolean): number {
  const c = base(char);
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return (bold ? UPPER_BOLD : UPPER_REGULAR)[code - 65]!;
  if (code >= 97 && code <= 122) return (bold ? LOWER_BOLD : LOWER_REGULAR)[code - 97]!;
  if (code >= 48 && code <= 57) return DIGIT;
  const punctuation = PUNCTUATION[c];
  return punctuation ? punctuation[bold ? 1 : 0] : OTHER;
}

/** Points to millimetres. */
const MM_PER_POINT = 25.4 / 72;

/**
 * Estimated width in millimetres of `text` set in Times New Roman at `size` points.
 *
 * @param text - One line of text.
 * @param size - Font size in points.
 * @param bold - Bold face.
 */
export function textWidthMm(text: string, size: number, bold: boolean): number {
  let units = 0;
  for (const char of text) units += advance(char, bold);
  return (units / 1000) * size * MM_PER_POINT;
}

/** How much wider a line ending in a comma may be and still be the preferred break ("SỞ VĂN HÓA, / THỂ THAO…"). */
const COMMA_PREFERENCE = 1.2;

/**
 * Splits a centred line that does not fit `maxMm` into two lines of balanced width (the way a clerk breaks
 * a long body name: "BÁO VÀ PHÁT THANH, / TRUYỀN HÌNH BẮC NINH"), preferring a break after a comma. Text
 * that fits, or that has no space to break at, stays one line (the word processor wraps it).
 */
export function balancedLines(text: string, size: number, bold: boolean, maxMm: number): string[] {
  if (textWidthMm(text, size, bold) <= maxMm) return [text];
  const words = text.split(" ");
  let best: { lines: string[]; width: number } | undefined;
  let bestComma: { lines: string[]; width: number } | undefined;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(" "), words.slice(i).join(" ")];
    const width = Math.max(...lines.map((l) => textWidthMm(l, size, bold)));
    if (width > maxMm) continue;
    if (best === undefined || width < best.width) best = { lines, width };
    if (lines[0]!.endsWith(",") && (bestComma === undefined || width < bestComma.width)) bestComma = { lines, width };
  }
  if (bestComma !== undefined && best !== undefined && bestComma.width <= best.width * COMMA_PREFERENCE) return bestComma.lines;
  return best?.lines ?? [text];
}
