import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, TableLayoutType, type IBorderOptions } from "docx";
import type { Align, Block } from "../body/model.js";
import { DECREE_30_LAYOUT as L } from "../layout/decree-30.js";
import { centred, rule, TEXT_WIDTH_MM, widest } from "./header.js";
import type { ComposedDocument } from "./composed.js";
import { balancedLines } from "./text-width.js";
import { mm, pt, spacingPt } from "./units.js";

const BODY = L.bodySize.value.used;
/** Tables are set one size smaller than the text, the usual practice for figures (13 pt is still in the decree's 13–14). */
const TABLE_SIZE = L.bodySize.value.min;
const P = L.paragraph.value;
const LINE = Math.round(240 * P.lineSpacing.used);

/** A paragraph of the body (khoản 6): justified, first line indented, 6 pt after, 1.15 lines. */
function bodyParagraph(text: string, style: { bold?: boolean; italic?: boolean; heading?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    // A heading that wraps is not stretched across the line.
    alignment: style.heading === true ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    keepNext: style.heading === true || style.keepNext === true,
    indent: { firstLine: mm(P.firstLineIndentMm.used) },
    spacing: { before: 0, after: spacingPt(P.spacingAfterPt.used), line: LINE },
    children: [new TextRun({ text, size: pt(BODY), bold: style.bold ?? false, italics: style.italic ?? false })],
  });
}

/**
 * The type name and summary (tên loại và trích yếu, khoản 5): both centred, bold, the type in upper case,
 * with a rule under the summary 1/3–1/2 as long as its line.
 */
export function titleBlock(doc: ComposedDocument): Paragraph[] {
  const size = L.title.value.size.used;
  const lines = balancedLines(doc.summary, size, true, TEXT_WIDTH_MM);
  const line = Math.min(widest(lines, size, true), TEXT_WIDTH_MM);
  return [
    new Paragraph({ spacing: { before: spacingPt(12), after: 0 }, alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.type, size: pt(size), bold: true })] }),
    centred(lines, size, { bold: true }),
    rule(line * L.title.value.ruleFraction.used, TEXT_WIDTH_MM),
    new Paragraph({ spacing: { before: 0, after: spacingPt(6) }, children: [] }),
  ];
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const satisfies Record<Align, unknown>;
const LINE_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function cell(text: string, widthMm: number, align: Align, bold: boolean): TableCell {
  return new TableCell({
    width: { size: mm(widthMm), type: WidthType.DXA },
    margins: { left: mm(1.5), right: mm(1.5), top: mm(0.5), bottom: mm(0.5) },
    children: [new Paragraph({ alignment: ALIGN[align], spacing: { before: 0, after: 0 }, children: [new TextRun({ text, size: pt(TABLE_SIZE), bold })] })],
  });
}

function dataTable(block: Extract<Block, { kind: "table" }>): Table {
  const widths = block.columns.map((c) => (TEXT_WIDTH_MM * c.width) / 100);
  const row = (cells: readonly string[], bold: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map((text, i) => cell(text, widths[i]!, header ? "center" : block.columns[i]!.align, bold)),
    });
  return new Table({
    width: { size: mm(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: widths.map(mm),
    layout: TableLayoutType.FIXED,
    borders: { top: LINE_BORDER, bottom: LINE_BORDER, left: LINE_BORDER, right: LINE_BORDER, insideHorizontal: LINE_BORDER, insideVertical: LINE_BORDER },
    rows: [
      row(block.columns.map((c) => c.header), true, true),
      ...block.rows.map((r) => row(r, false)),
      ...(block.total === undefined ? [] : [row(block.total, true)]),
    ],
  });
}

/** A gap after a table, as after a paragraph. */
const afterTable = (): Paragraph => new Paragraph({ spacing: { before: 0, after: 0, line: LINE }, children: [new TextRun({ text: "", size: pt(6) })] });

/**
 * The body's blocks as OOXML paragraphs and tables. The closing paragraph is kept with what follows (the
 * signature block), so that the signature never starts a page alone.
 */
export function bodyBlocks(blocks: readonly Block[]): (Paragraph | Table)[] {
  return blocks.flatMap((block, index): (Paragraph | Table)[] => {
    switch (block.kind) {
      case "heading":
        return [bodyParagraph(block.text, { bold: true, heading: true })];
      case "paragraph":
        return [bodyParagraph(block.text, { italic: block.italic ?? false, keepNext: index === blocks.length - 1 })];
      case "item":
        return [bodyParagraph(`- ${block.text}`)];
      case "table":
        return [dataTable(block), afterTable()];
    }
  });
}
