/**
 * The document type codes by table, without their names (the parser needs only these; the names
 * live in {@link DOCUMENT_TYPES}, so that importing the parser alone stays small).
 * - `administrative`: Phụ lục III of Nghị định 30/2020/NĐ-CP, rows 1–27 in order (VERIFIED against
 *   thuvienphapluat.vn, luatvietnam.vn and kynangandlifeskills.com);
 * - `copy`: the three copy forms listed with it (bản sao y, trích sao, sao lục);
 * - `normative`: type codes of legal normative documents (văn bản quy phạm pháp luật) outside
 *   Phụ lục III, seen in real numbers (`09/2019/NĐ-CP`, `01/2018/TT-VPCP`) — SECONDARY;
 * - `party`: codes seen in Party documents (`121-KL/TW`) — SECONDARY.
 *
 * @example
 * ```ts
 * import { DOCUMENT_TYPE_CODES } from "@cchc/core";
 *
 * DOCUMENT_TYPE_CODES.administrative[4]; // => "QyĐ" (row 5, Quy định)
 * ```
 *
 * @category Document numbers
 */
export const DOCUMENT_TYPE_CODES = {
  administrative: ["NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB"],
  copy: ["SY", "TrS", "SL"],
  normative: ["NĐ", "TT", "TTLT", "NQLT"],
  party: ["KL"],
} as const;
