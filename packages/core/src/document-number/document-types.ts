import type { Label } from "../i18n/label.js";
import { DOCUMENT_TYPE_CODES } from "./document-type-codes.js";

/**
 * Which table a document type code comes from.
 * - `administrative`: Phụ lục III of Nghị định 30/2020/NĐ-CP (27 administrative document types);
 * - `copy`: the three copy forms listed with it (bản sao y, trích sao, sao lục);
 * - `normative`: type codes of legal normative documents (văn bản quy phạm pháp luật) that are not
 *   in Phụ lục III but appear in real numbers (`09/2019/NĐ-CP`, `01/2018/TT-VPCP`);
 * - `party`: codes seen in Party documents (`121-KL/TW`).
 *
 * @example
 * ```ts
 * import type { DocumentTypeCategory } from "@cchc/core";
 *
 * const c: DocumentTypeCategory = "administrative";
 * ```
 *
 * @category Document numbers
 */
export type DocumentTypeCategory = "administrative" | "copy" | "normative" | "party";

/**
 * One document type: its abbreviation exactly as written in a symbol (mixed case included: `QyĐ`,
 * `TTr`, `CTr`, `TrS`), its name and where the abbreviation comes from.
 *
 * @example
 * ```ts
 * import { DOCUMENT_TYPES } from "@cchc/core";
 *
 * DOCUMENT_TYPES.find((t) => t.code === "KH")?.name.en; // => "Plan"
 * ```
 *
 * @category Document numbers
 */
export interface DocumentType {
  /** The abbreviation as written in a symbol, e.g. `"QyĐ"`. */
  readonly code: string;
  /** The type's name, e.g. `{ vi: "Quy định", en: "Rules" }`. */
  readonly name: Label;
  /** Which table the code comes from. */
  readonly category: DocumentTypeCategory;
  /** Row number in Phụ lục III, when it has one. */
  readonly row?: number;
}

const NAMES: Readonly<Record<string, Label>> = {
  NQ: { vi: "Nghị quyết (cá biệt)", en: "Resolution (individual)" },
  QĐ: { vi: "Quyết định (cá biệt)", en: "Decision (individual)" },
  CT: { vi: "Chỉ thị", en: "Directive" },
  QC: { vi: "Quy chế", en: "Regulation (statute)" },
  QyĐ: { vi: "Quy định", en: "Rules" },
  TC: { vi: "Thông cáo", en: "Communiqué" },
  TB: { vi: "Thông báo", en: "Notice" },
  HD: { vi: "Hướng dẫn", en: "Guidance" },
  CTr: { vi: "Chương trình", en: "Programme" },
  KH: { vi: "Kế hoạch", en: "Plan" },
  PA: { vi: "Phương án", en: "Option (arrangement)" },
  "ĐA": { vi: "Đề án", en: "Scheme" },
  DA: { vi: "Dự án", en: "Project" },
  BC: { vi: "Báo cáo", en: "Report" },
  BB: { vi: "Biên bản", en: "Minutes" },
  TTr: { vi: "Tờ trình", en: "Submission" },
  HĐ: { vi: "Hợp đồng", en: "Contract" },
  CĐ: { vi: "Công điện", en: "Official telegram" },
  BGN: { vi: "Bản ghi nhớ", en: "Memorandum of understanding" },
  BTT: { vi: "Bản thỏa thuận", en: "Agreement" },
  GUQ: { vi: "Giấy ủy quyền", en: "Power of attorney" },
  GM: { vi: "Giấy mời", en: "Invitation" },
  GGT: { vi: "Giấy giới thiệu", en: "Letter of introduction" },
  GNP: { vi: "Giấy nghỉ phép", en: "Leave permit" },
  PG: { vi: "Phiếu gửi", en: "Dispatch slip" },
  PC: { vi: "Phiếu chuyển", en: "Transfer slip" },
  PB: { vi: "Phiếu báo", en: "Notification slip" },
  SY: { vi: "Bản sao y", en: "True copy" },
  TrS: { vi: "Bản trích sao", en: "Extract copy" },
  SL: { vi: "Bản sao lục", en: "Duplicate copy" },
  NĐ: { vi: "Nghị định", en: "Decree" },
  TT: { vi: "Thông tư", en: "Circular" },
  TTLT: { vi: "Thông tư liên tịch", en: "Joint circular" },
  NQLT: { vi: "Nghị quyết liên tịch", en: "Joint resolution" },
  KL: { vi: "Kết luận", en: "Conclusion" },
};

function buildTable(): readonly DocumentType[] {
  const categories = Object.keys(DOCUMENT_TYPE_CODES) as DocumentTypeCategory[];
  return categories.flatMap((category) =>
    DOCUMENT_TYPE_CODES[category].map((code: string, index: number): DocumentType => {
      const name = NAMES[code]!;
      return category === "administrative" ? { row: index + 1, code, name, category } : { code, name, category };
    }),
  );
}

/**
 * The document type table with names: Phụ lục III of Nghị định 30/2020/NĐ-CP (27 types and 3 copy
 * forms, VERIFIED), followed by the normative and Party type codes seen in real document numbers
 * (SECONDARY). A công văn (letter) has no type abbreviation. See {@link DOCUMENT_TYPE_CODES}.
 *
 * @example
 * ```ts
 * import { DOCUMENT_TYPES } from "@cchc/core";
 *
 * DOCUMENT_TYPES.filter((t) => t.category === "administrative").length; // => 27
 * ```
 *
 * @category Document numbers
 */
export const DOCUMENT_TYPES: readonly DocumentType[] = /* @__PURE__ */ buildTable();
