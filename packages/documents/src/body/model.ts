/**
 * The body of an official document as plain data, between a validated report and the `.docx` writer:
 * headings (Mục "I.", khoản "1."), paragraphs, dash items and tables. Keeping it apart from the writer
 * lets the content be tested as text and the layout as OOXML.
 */

/**
 * How a table column aligns its cells.
 *
 * @example
 * ```ts
 * import type { Align } from "@cchc/documents";
 *
 * const figures: Align = "right";
 * ```
 *
 * @category Document body
 */
export type Align = "left" | "center" | "right";

/**
 * A column of a table: its header and its share of the text width (percent).
 *
 * @example
 * ```ts
 * import type { TableColumn } from "@cchc/documents";
 *
 * const column: TableColumn = { header: "Số tin", width: 20, align: "right" };
 * ```
 *
 * @category Document body
 */
export interface TableColumn {
  /** The header cell's text. */
  readonly header: string;
  /** Share of the text width, in percent. */
  readonly width: number;
  /** How the column's cells align (headers are centred). */
  readonly align: Align;
}

/**
 * One block of a document's body: a heading (level 1 "I. …" in upper case, level 2 "1. …", numbered when
 * composed), a paragraph, a dash item ("- …") or a table (with an optional bold total row).
 *
 * @example
 * ```ts
 * import type { Block } from "@cchc/documents";
 *
 * const blocks: Block[] = [
 *   { kind: "heading", level: 2, text: "Hình thức thể hiện" },
 *   { kind: "table", columns: [{ header: "Hình thức", width: 60, align: "left" }, { header: "Số lượng", width: 40, align: "right" }], rows: [["Tin", "31"]] },
 * ];
 * ```
 *
 * @category Document body
 */
export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string; readonly italic?: boolean }
  | { readonly kind: "item"; readonly text: string }
  | { readonly kind: "table"; readonly columns: readonly TableColumn[]; readonly rows: readonly (readonly string[])[]; readonly total?: readonly string[] };

/** What a report contributes: the default summary line (trích yếu) and the body. */
export interface DocumentBody {
  /** The summary line under "BÁO CÁO", e.g. "Kết quả tuyên truyền cải cách hành chính tháng 02 năm 2026". */
  readonly summary: string;
  /** The body's blocks, headings not yet numbered. */
  readonly blocks: readonly Block[];
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/**
 * Numbers the headings of a body as the decree's structure of a report reads: level 1 "I.", "II." (upper
 * case), level 2 "1.", "2." restarting under each level-1 heading. Sections are written without numbers
 * so that adding one is a one-line change.
 */
export function numberHeadings(blocks: readonly Block[]): Block[] {
  let major = 0;
  let minor = 0;
  return blocks.map((block) => {
    if (block.kind !== "heading") return block;
    if (block.level === 1) {
      major += 1;
      minor = 0;
      return { ...block, text: `${ROMAN[major - 1] ?? String(major)}. ${block.text.toLocaleUpperCase("vi")}` };
    }
    minor += 1;
    return { ...block, text: `${minor}. ${block.text}` };
  });
}

/** A heading block. */
export const heading = (level: 1 | 2, text: string): Block => ({ kind: "heading", level, text });
/** A paragraph block. */
export const paragraph = (text: string): Block => ({ kind: "paragraph", text });
/** A dash item ("- …"). */
export const item = (text: string): Block => ({ kind: "item", text });

/** Upper-cases the first letter (labels of the plan start in lower case when they continue a sentence). */
export function sentence(text: string): string {
  return text.length === 0 ? text : `${text[0]!.toLocaleUpperCase("vi")}${text.slice(1)}`;
}
