import { DEFAULT_LANG, err, formatMessage, isLang, ok, type Lang, type Result } from "@cchc/core";
import { numberHeadings } from "./body/model.js";
import { DOCUMENT_SCHEMA_IDS, isDocumentSchemaId, TEMPLATES } from "./body/templates.js";
import type { DocumentFailure, DocumentIssue } from "./failure.js";
import { formatPlaceAndDate } from "./format/dates.js";
import { term } from "./labels/terms.js";
import { documentMessages } from "./messages.js";
import { validateDocumentMeta, type DocumentMeta } from "./meta/validate.js";
import type { ComposedDocument } from "./render/composed.js";

/**
 * Options of {@link renderDocument} and {@link composeDocument}.
 *
 * @example
 * ```ts
 * import type { DocumentOptions } from "@cchc/documents";
 *
 * const english: DocumentOptions = { lang: "en" };
 * ```
 *
 * @category Rendering
 */
export interface DocumentOptions {
  /** Language of the document and of the messages: `"vi"` (default) or `"en"`. */
  readonly lang?: Lang;
}

const upper = (text: string): string => text.toLocaleUpperCase("vi");

function failure(code: DocumentFailure["code"], issues: readonly DocumentIssue[], lang: Lang, params: Record<string, string | number> = {}): DocumentFailure {
  return { code, message: formatMessage(documentMessages, code, { count: issues.length, ...params }, lang), issues };
}

/** A recipient as typed, without the ";" or "." a clerk may have ended it with (the line adds its own). */
function withoutEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ";" || text[end - 1] === ".")) end -= 1;
  return text.slice(0, end).trimEnd();
}

/** "- Sở Văn hóa, Thể thao và Du lịch;" … "- Lưu: VT, VHNT." */
function recipientLines(meta: DocumentMeta, lang: Lang): string[] {
  const lines = meta.recipients.map((r) => `- ${withoutEndPunctuation(r)};`);
  const archive = [term("recordsOffice", lang), ...(meta.archive ?? []).filter((a) => a !== term("recordsOffice", lang))];
  lines.push(`- ${term("archive", lang)}: ${archive.join(", ")}.`);
  return lines;
}

function numberLine(meta: DocumentMeta, lang: Lang): string {
  if (meta.number !== undefined) return `${term("numberWord", lang)} ${meta.number}`;
  return `${term("numberWord", lang)}        /${meta.symbol ?? "BC-……"}`;
}

function compose(schemaId: keyof typeof TEMPLATES, report: unknown, meta: DocumentMeta, lang: Lang): ComposedDocument {
  const body = TEMPLATES[schemaId].body(report, lang);
  const blank = term("blank", lang);
  return {
    lang,
    draft: meta.draft === true,
    ...(meta.issuer.parent === undefined ? {} : { parent: upper(meta.issuer.parent) }),
    issuer: upper(meta.issuer.name),
    numberLine: numberLine(meta, lang),
    placeAndDate: formatPlaceAndDate(meta.place, meta.date, lang),
    type: term("reportType", lang),
    summary: meta.summary ?? body.summary,
    blocks: numberHeadings(body.blocks),
    signature:
      meta.signer === undefined
        ? { title: blank, name: blank }
        : { ...(meta.signer.authority === undefined ? {} : { authority: upper(meta.signer.authority) }), title: upper(meta.signer.title), name: meta.signer.name },
    recipients: recipientLines(meta, lang),
  };
}

/**
 * Validates a report and its document metadata and lays out the official document as text — the page's
 * every line, before it becomes OOXML. {@link renderDocument} writes the result as `.docx`; use this for
 * a preview or another output format. Never throws.
 *
 * @param schemaId - One of {@link DOCUMENT_SCHEMA_IDS}.
 * @param report - The report (any value; validated by `@cchc/reports`).
 * @param meta - The document metadata (any value; validated by {@link validateDocumentMeta}).
 * @param options - Language.
 * @returns The composed document, or a {@link DocumentFailure} listing every issue.
 * @example
 * ```ts
 * import { composeDocument } from "@cchc/documents";
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
 *   archive: ["VP"],
 *   signer: { authority: "TM. Ủy ban nhân dân", title: "Chủ tịch", name: "Nguyễn Văn Bình" },
 * };
 * const r = composeDocument("difficulty-report", report, meta);
 * r.ok && r.value.placeAndDate; // => "Tuấn Đạo, ngày 02 tháng 4 năm 2026"
 * r.ok && r.value.signature.authority; // => "TM. ỦY BAN NHÂN DÂN"
 * r.ok && r.value.recipients; // => ["- Sở Văn hóa, Thể thao và Du lịch;", "- Lưu: VT, VP."]
 * ```
 *
 * @category Rendering
 */
export function composeDocument(schemaId: string, report: unknown, meta: unknown, options: DocumentOptions = {}): Result<ComposedDocument, DocumentFailure> {
  const lang = isLang(options.lang) ? options.lang : DEFAULT_LANG;
  if (!isDocumentSchemaId(schemaId)) {
    const id = String(schemaId).slice(0, 100);
    const issue: DocumentIssue = { input: "schema", path: "", code: "document.unsupported_schema", message: formatMessage(documentMessages, "document.unsupported_schema", { id, ids: DOCUMENT_SCHEMA_IDS.join(", ") }, lang) };
    return err(failure("document.unsupported_schema", [issue], lang, { id, ids: DOCUMENT_SCHEMA_IDS.join(", ") }));
  }
  const checkedReport = TEMPLATES[schemaId].validate(report, lang);
  const checkedMeta = validateDocumentMeta(meta, lang);
  const issues: DocumentIssue[] = [
    ...checkedReport.issues.map((i): DocumentIssue => ({ input: "report", ...i })),
    ...checkedMeta.issues.map((i): DocumentIssue => ({ input: "meta", ...i })),
  ];
  if (!checkedReport.valid) return err(failure("document.invalid_report", issues, lang));
  if (!checkedMeta.valid) return err(failure("document.invalid_meta", issues, lang));
  return ok(compose(schemaId, checkedReport.value, checkedMeta.value, lang));
}
