import { DEFAULT_LANG, err, isLang, ok, type Lang, type Result } from "@cchc/core";
import { bacNinhAdminUnits } from "@cchc/plan";
import { REPORT_PLAN_EDGES } from "@cchc/reports";
import { DOCUMENT_SCHEMA_IDS, isDocumentSchemaId, TEMPLATES } from "../body/templates.js";
import type { DocumentFailure, DocumentIssue } from "../failure.js";
import { civilDateOf } from "../format/civil.js";
import { actorName, actorOfficialName, actorParent, provincePlace, reportingEdge } from "../labels/plan.js";
import { formatMessage } from "@cchc/core";
import { documentMessages } from "../messages.js";
import type { DocumentMeta } from "./validate.js";

/**
 * Options of {@link draftDocumentMeta}.
 *
 * @example
 * ```ts
 * import type { DraftOptions } from "@cchc/documents";
 *
 * const options: DraftOptions = { lang: "en", now: new Date("2026-03-06T02:00:00Z") };
 * ```
 *
 * @category Document metadata
 */
export interface DraftOptions {
  /** Language of the names and messages: `"vi"` (default) or `"en"`. */
  readonly lang?: Lang;
  /** The instant whose Vietnamese civil date (Asia/Ho_Chi_Minh) is the draft's date; now by default. */
  readonly now?: Date;
}

/** The place name (địa danh) of a unit: its commune's name for a commune-level unit, else the province's. */
function placeOf(unit: { communeCode?: string | undefined }): string {
  if (unit.communeCode === undefined) return provincePlace();
  return bacNinhAdminUnits().communes.find((c) => c.code === unit.communeCode)?.name ?? provincePlace();
}

/**
 * The metadata of a draft (dự thảo) made from the report and the plan alone, for a clerk to complete:
 * the issuing body is the report's unit (the name it gave, or the plan's official name) and its parent
 * body the plan's parent of that actor; the place is the province (or, for a commune-level unit, its
 * commune, from the plan's register); the date is today in Asia/Ho_Chi_Minh (or `now`'s date there);
 * the recipients are the plan's reporting edge for this report (recipients, then copies). The number and
 * the signer are left blank, and the document is marked "DỰ THẢO". Never throws.
 *
 * @param schemaId - One of {@link DOCUMENT_SCHEMA_IDS}.
 * @param report - The report (validated here).
 * @param options - Language and the instant of "today".
 * @returns The metadata, or the report's issues.
 * @example
 * ```ts
 * import { draftDocumentMeta } from "@cchc/documents";
 *
 * const report = {
 *   schemaVersion: 1,
 *   from: { actor: "so-tu-phap" },
 *   reportedOn: "2026-03-05",
 *   items: [{ title: "Thiếu tài liệu", description: "Chưa có tài liệu tuyên truyền về thanh toán trực tuyến." }],
 * };
 * const r = draftDocumentMeta("difficulty-report", report, { now: new Date("2026-03-05T18:30:00Z") });
 * r.ok && r.value.date; // => "2026-03-06"
 * r.ok && r.value.issuer; // => { parent: "Ủy ban nhân dân tỉnh Bắc Ninh", name: "Sở Tư pháp" }
 * r.ok && r.value.recipients; // => ["Sở Văn hóa, Thể thao và Du lịch"]
 * r.ok && r.value.draft; // => true
 * ```
 *
 * @category Document metadata
 */
export function draftDocumentMeta(schemaId: string, report: unknown, options: DraftOptions = {}): Result<DocumentMeta, DocumentFailure> {
  const lang = isLang(options.lang) ? options.lang : DEFAULT_LANG;
  if (!isDocumentSchemaId(schemaId)) {
    const params = { id: String(schemaId).slice(0, 100), ids: DOCUMENT_SCHEMA_IDS.join(", "), count: 1 };
    const message = formatMessage(documentMessages, "document.unsupported_schema", params, lang);
    return err({ code: "document.unsupported_schema", message, issues: [{ input: "schema", path: "", code: "document.unsupported_schema", message }] });
  }
  const template = TEMPLATES[schemaId];
  const checked = template.validate(report, lang);
  if (!checked.valid) {
    const issues = checked.issues.map((i): DocumentIssue => ({ input: "report", ...i }));
    return err({ code: "document.invalid_report", message: formatMessage(documentMessages, "document.invalid_report", { count: issues.length }, lang), issues });
  }
  const unit = template.unit(checked.value);
  const parent = actorParent(unit.actor);
  const edge = reportingEdge(REPORT_PLAN_EDGES[schemaId] ?? "");
  const recipients = edge === undefined ? [] : [...edge.to, ...edge.copy].map((id) => actorName(id, lang));
  return ok({
    issuer: {
      ...(parent === undefined ? {} : { parent: actorOfficialName(parent, lang) }),
      name: unit.name ?? actorOfficialName(unit.actor, lang),
    },
    place: placeOf(unit),
    date: civilDateOf(options.now ?? new Date()),
    recipients,
    draft: true,
  });
}
