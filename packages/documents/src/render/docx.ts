import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from "docx";
import { DECREE_30_LAYOUT as L } from "../layout/decree-30.js";
import { bodyBlocks, titleBlock } from "./body.js";
import type { ComposedDocument } from "./composed.js";
import { headerBlock } from "./header.js";
import { signatureBlock } from "./signature.js";
import { mm, mmAtLeast, pt } from "./units.js";

/** The page number, centred in the top margin, from the second page on (Mục I, khoản 7). */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(L.pageNumbers.value.size.used) })],
      }),
    ],
  });
}

/** The `docx` document of a composed official document: one A4 portrait section. */
export function toDocx(doc: ComposedDocument): Document {
  const margins = L.margins.value;
  return new Document({
    creator: doc.issuer,
    title: `${doc.type} ${doc.summary}`,
    description: "Nghị định 30/2020/NĐ-CP, Phụ lục I",
    styles: {
      default: {
        document: {
          run: { font: L.font.value, size: pt(L.bodySize.value.used) },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(L.page.value.widthMm), height: mm(L.page.value.heightMm), orientation: PageOrientation.PORTRAIT },
            margin: {
              top: mmAtLeast(margins.top.used),
              bottom: mmAtLeast(margins.bottom.used),
              left: mmAtLeast(margins.left.used),
              right: mmAtLeast(margins.right.used),
              header: mm(8),
              footer: mm(8),
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: [...headerBlock(doc), ...titleBlock(doc), ...bodyBlocks(doc.blocks), new Paragraph({ keepNext: true, children: [] }), signatureBlock(doc)],
      },
    ],
  });
}

/** The `.docx` file's bytes. */
export async function packDocx(doc: ComposedDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(toDocx(doc)));
}
