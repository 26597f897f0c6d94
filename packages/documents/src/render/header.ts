import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, TableLayoutType } from "docx";
import { DECREE_30_LAYOUT as L } from "../layout/decree-30.js";
import { term, TERMS } from "../labels/terms.js";
import type { ComposedDocument } from "./composed.js";
import { balancedLines, textWidthMm } from "./text-width.js";
import { mm, pt } from "./units.js";

/** Width of the text area: A4 less the left and right margins. */
export const TEXT_WIDTH_MM = L.page.value.widthMm - L.margins.value.left.used - L.margins.value.right.used;

/** Room on each side of the Quốc hiệu in its column. */
const NATIONAL_TITLE_MARGIN_MM = 2;

/**
 * The header's two columns: issuing body (ô 2, 3) on the left, Quốc hiệu and Tiêu ngữ (ô 1, 4) on the
 * right — as wide as the Vietnamese Quốc hiệu needs, the left column taking the rest.
 */
export const HEADER_COLUMNS_MM: readonly [number, number] = /* @__PURE__ */ (() => {
  const right = Math.ceil(textWidthMm(TERMS.nationalTitle.vi, L.nationalTitle.value.size.used, true) + 2 * NATIONAL_TITLE_MARGIN_MM);
  return [TEXT_WIDTH_MM - right, right] as const;
})();

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "auto" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "auto" },
  left: { style: BorderStyle.NONE, size: 0, color: "auto" },
  right: { style: BorderStyle.NONE, size: 0, color: "auto" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "auto" },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: "auto" },
};

/** A borderless table of columns (widths in mm), used for the header and signature blocks. */
export function layoutTable(widthsMm: readonly number[], rows: readonly (readonly Paragraph[][])[]): Table {
  return new Table({
    width: { size: mm(widthsMm.reduce((a, b) => a + b, 0)), type: WidthType.DXA },
    columnWidths: widthsMm.map(mm),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    rows: rows.map(
      (cells) =>
        new TableRow({
          // The signature block never splits: its name does not land alone on the next page.
          cantSplit: true,
          children: cells.map((children, i) => new TableCell({ width: { size: mm(widthsMm[i]!), type: WidthType.DXA }, children })),
        }),
    ),
  });
}

/** Centred text, one paragraph; several lines are joined by line breaks. */
export function centred(text: string | readonly string[], size: number, style: { bold?: boolean; italic?: boolean } = {}): Paragraph {
  const lines = typeof text === "string" ? [text] : text;
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: lines.map((line, i) => new TextRun({ text: line, size: pt(size), bold: style.bold ?? false, italics: style.italic ?? false, ...(i > 0 ? { break: 1 } : {}) })),
  });
}

/** The widest of some lines, in millimetres. */
export function widest(lines: readonly string[], size: number, bold: boolean): number {
  return Math.max(0, ...lines.map((line) => textWidthMm(line, size, bold)));
}

/** Height of a rule's paragraph: the gap between the text above and the line (4 pt). */
const RULE_GAP_TWIPS = 80;

/**
 * A horizontal rule (đường kẻ ngang, nét liền) of `lengthMm`, centred in a column of `columnMm`: an empty
 * paragraph with a bottom border, indented from both sides so that the border is as long as asked.
 */
export function rule(lengthMm: number, columnMm: number): Paragraph {
  const side = Math.max(0, (columnMm - lengthMm) / 2);
  return new Paragraph({
    indent: { left: mm(side), right: mm(side) },
    spacing: { before: 0, after: 0, line: RULE_GAP_TWIPS, lineRule: "exact" },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [new TextRun({ text: "", size: 2 })],
  });
}

/**
 * The draft marker: "DỰ THẢO", bold, in a single box at the top right (an UNCONFIRMED convention, see
 * DECREE_30_LAYOUT.draftMark) — a right-aligned paragraph with a border on every side, indented from the
 * left so that the box is just wider than the word.
 */
function draftMark(doc: ComposedDocument): Paragraph {
  const text = term("draft", doc.lang);
  const size = L.draftMark.value.size;
  const box = textWidthMm(text, size, true) + 6;
  const side = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 2 };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: mm(TEXT_WIDTH_MM - box) },
    spacing: { before: 0, after: 120 },
    border: { top: side, bottom: side, left: side, right: side },
    children: [new TextRun({ text, size: pt(size), bold: true })],
  });
}

/** The lines of a body's name: as the metadata breaks them ("\n"), else balanced to fit the column. */
function headerLines(text: string, size: number, bold: boolean, columnMm: number): string[] {
  return text.includes("\n") ? text.split("\n").map((line) => line.trim()) : balancedLines(text, size, bold, columnMm);
}

/**
 * The header block of the first page (Phụ lục I, Phần I, Mục II, khoản 1–4): on the left the parent body
 * (upper case, not bold) and the issuing body (upper case, bold) with a rule 1/3–1/2 as long, then the
 * number; on the right the Quốc hiệu (upper case, bold), the Tiêu ngữ (bold) with a rule as long as it,
 * then the place and date (italic).
 */
export function headerBlock(doc: ComposedDocument): (Table | Paragraph)[] {
  const [left, right] = HEADER_COLUMNS_MM;
  const issuerSize = L.issuer.value.size.used;
  const parentSize = L.issuer.value.parentSize.used;
  const issuerLines = headerLines(doc.issuer, issuerSize, true, left);
  const motto = term("motto", doc.lang);
  const mottoSize = L.motto.value.size.used;
  const leftTop: Paragraph[] = [
    ...(doc.parent === undefined ? [] : [centred(headerLines(doc.parent, parentSize, false, left), parentSize)]),
    centred(issuerLines, issuerSize, { bold: true }),
    rule(Math.min(widest(issuerLines, issuerSize, true), left) * L.issuer.value.ruleFraction.used, left),
  ];
  const rightTop: Paragraph[] = [
    centred(term("nationalTitle", doc.lang), L.nationalTitle.value.size.used, { bold: true }),
    centred(motto, mottoSize, { bold: true }),
    rule(textWidthMm(motto, mottoSize, true), right),
  ];
  const spacer = new Paragraph({ spacing: { before: 0, after: 0 }, children: [new TextRun({ text: "", size: pt(6) })] });
  const table = layoutTable(HEADER_COLUMNS_MM, [
    [leftTop, rightTop],
    [
      [spacer, centred(doc.numberLine, L.number.value.size)],
      [spacer, centred(doc.placeAndDate, L.placeAndDate.value.size.used, { italic: true })],
    ],
  ]);
  return doc.draft ? [draftMark(doc), table] : [table];
}
