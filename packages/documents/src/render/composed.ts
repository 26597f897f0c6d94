import type { Lang } from "@cchc/core";
import type { Block } from "../body/model.js";

/**
 * Everything on the page, as text, before it becomes OOXML: what {@link composeDocument} builds from a
 * report and its metadata, and what the `.docx` writer lays out.
 *
 * @example
 * ```ts
 * import type { ComposedDocument } from "@cchc/documents";
 *
 * function headerLine(doc: ComposedDocument): string {
 *   return `${doc.issuer} — ${doc.numberLine} — ${doc.placeAndDate}`;
 * }
 * ```
 *
 * @category Rendering
 */
export interface ComposedDocument {
  /** The document's language. */
  readonly lang: Lang;
  /** A draft: marked "DỰ THẢO", blanks where the number and the signer go. */
  readonly draft: boolean;
  /** The parent body (cơ quan chủ quản), upper case, when there is one. */
  readonly parent?: string;
  /** The issuing body, upper case. */
  readonly issuer: string;
  /** "Số: 15/BC-BPTTH", or with a blank number in a draft. */
  readonly numberLine: string;
  /** "Bắc Ninh, ngày 09 tháng 3 năm 2026". */
  readonly placeAndDate: string;
  /** The type name (tên loại), "BÁO CÁO". */
  readonly type: string;
  /** The summary line (trích yếu). */
  readonly summary: string;
  /** The body. */
  readonly blocks: readonly Block[];
  /** The signature block: authority (quyền hạn), title (chức vụ), name — blanks in an unsigned draft. */
  readonly signature: { readonly authority?: string; readonly title: string; readonly name: string };
  /** "Nơi nhận:" lines as printed, each "- …;" and the last "- Lưu: VT, ….". */
  readonly recipients: readonly string[];
}
