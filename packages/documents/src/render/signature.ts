import { Paragraph, TextRun, type Table } from "docx";
import { DECREE_30_LAYOUT as L } from "../layout/decree-30.js";
import { term } from "../labels/terms.js";
import type { ComposedDocument } from "./composed.js";
import { centred, layoutTable, TEXT_WIDTH_MM } from "./header.js";
import { pt } from "./units.js";

/** Left column (Nơi nhận, ô 9a–9b) and right column (signature, ô 7a–7c). */
export const SIGNATURE_COLUMNS_MM = [70, TEXT_WIDTH_MM - 70] as const;

/** Blank lines left for the handwritten signature and the seal. */
const SIGNING_SPACE_LINES = 4;

function left(text: string, size: number, style: { bold?: boolean; italic?: boolean } = {}): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text, size: pt(size), bold: style.bold ?? false, italics: style.italic ?? false })],
  });
}

/**
 * The signature block and the recipients (khoản 7 and 9), side by side: on the left "Nơi nhận:" (12 pt,
 * bold italic) on the line of the signing authority, then one line per recipient (11 pt) ending with the
 * archive line; on the right the authority and title (upper case, bold), space to sign, and the name (bold).
 */
export function signatureBlock(doc: ComposedDocument): Table {
  const r = L.recipients.value;
  const size = L.signature.value.size.used;
  const { authority, title, name } = doc.signature;
  const recipients = [
    left(term("recipients", doc.lang), r.headingSize, { bold: r.headingBold, italic: r.headingItalic }),
    ...doc.recipients.map((line) => left(line, r.listSize)),
  ];
  const signature = [
    ...(authority === undefined ? [] : [centred(authority, size, { bold: true })]),
    centred(title, size, { bold: true }),
    ...Array.from({ length: SIGNING_SPACE_LINES }, () => centred("", size)),
    centred(name, size, { bold: true }),
  ];
  return layoutTable(SIGNATURE_COLUMNS_MM, [[recipients, signature]]);
}
