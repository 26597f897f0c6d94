import { ok, type Result } from "@cchc/core";
import { composeDocument, type DocumentOptions } from "./compose.js";
import type { DocumentFailure } from "./failure.js";
import { packDocx } from "./render/docx.js";

/**
 * Renders a report of the plan as an official administrative document (`.docx`) in the form of Nghị
 * định 30/2020/NĐ-CP, Phụ lục I: A4 portrait, the decree's margins, Times New Roman; the header block
 * (parent and issuing body, Quốc hiệu and Tiêu ngữ with their rules, số/ký hiệu, place and date), the
 * type name and summary, the body with the report's figures in tables, the signature block and "Nơi
 * nhận", page numbers from the second page. Built with the `docx` library. An invalid report or
 * metadata makes no file: the result lists every issue. Never throws, never rejects on bad input.
 *
 * @param schemaId - `monthly-media-report`, `agency-communication-report`, `synthesis-report` or `difficulty-report`.
 * @param report - The report (validated by `@cchc/reports`).
 * @param meta - The document metadata ({@link validateDocumentMeta}; {@link draftDocumentMeta} makes a draft's).
 * @param options - `lang: "en"` for an English rendering (and English messages).
 * @returns The `.docx` bytes, or a {@link DocumentFailure}.
 * @example
 * ```ts
 * import { renderDocument } from "@cchc/documents";
 *
 * const report = {
 *   schemaVersion: 1,
 *   from: { actor: "ubnd-xa-phuong", name: "UBND xã Tuấn Đạo", communeCode: "07663" },
 *   reportedOn: "2026-04-02",
 *   items: [{ title: "Thiếu thiết bị truyền thanh", description: "Hệ thống truyền thanh ở 4 thôn bị hỏng.", proposal: "Bố trí kinh phí sửa chữa." }],
 * };
 * const meta = {
 *   issuer: { name: "UBND xã Tuấn Đạo" },
 *   number: "12/BC-UBND",
 *   place: "Tuấn Đạo",
 *   date: "2026-04-02",
 *   recipients: ["Sở Văn hóa, Thể thao và Du lịch"],
 *   signer: { authority: "TM. Ủy ban nhân dân", title: "Chủ tịch", name: "Nguyễn Văn Bình" },
 * };
 * const result = await renderDocument("difficulty-report", report, meta);
 * result.ok && result.value.byteLength > 5000; // => true
 * const bad = await renderDocument("difficulty-report", report, { ...meta, date: "2026-02-30" }, { lang: "en" });
 * bad.ok || bad.error.issues.map((i) => `${i.input}${i.path} ${i.code}`); // => ["meta/date document.invalid_date"]
 * ```
 *
 * @category Rendering
 */
export async function renderDocument(schemaId: string, report: unknown, meta: unknown, options: DocumentOptions = {}): Promise<Result<Uint8Array, DocumentFailure>> {
  const composed = composeDocument(schemaId, report, meta, options);
  if (!composed.ok) return composed;
  return ok(await packDocx(composed.value));
}
