import { DEFAULT_LANG, isLang, toValidationIssues, zodErrorMap, type Lang } from "@cchc/core";
import type { ReportValidationResult } from "@cchc/reports/monthly-media-report";
import type * as z from "zod/mini";
import { documentMetaZod } from "./schema.js";

let schema: z.ZodMiniType<DocumentMeta, unknown> | undefined;

/**
 * The zod/mini schema of {@link DocumentMeta} (built on first use; nothing runs at import time).
 *
 * @returns The schema, with its cross-field rules.
 * @example
 * ```ts
 * import { documentMetaSchema } from "@cchc/documents/metadata";
 *
 * documentMetaSchema().safeParse({}).success; // => false
 * ```
 *
 * @category Document metadata
 */
export function documentMetaSchema(): z.ZodMiniType<DocumentMeta, unknown> {
  schema ??= documentMetaZod() as z.ZodMiniType<DocumentMeta, unknown>;
  return schema;
}

/**
 * The metadata of an official document, as validated by {@link validateDocumentMeta}: the issuing body
 * and its parent body (cơ quan chủ quản), the number and symbol (số, ký hiệu — canonical, of type BC) or,
 * while the records office has not numbered it, the symbol alone, the place and date of issue, an
 * optional summary line (trích yếu) replacing the default one, the recipients (nơi nhận) and the archive
 * line ("Lưu: VT, …"), the signer (quyền hạn, chức vụ, họ tên) and whether it is a draft (dự thảo). Text
 * is NFC and trimmed.
 *
 * @example
 * ```ts
 * import type { DocumentMeta } from "@cchc/documents/metadata";
 *
 * const meta: DocumentMeta = {
 *   issuer: { parent: "UBND TỈNH BẮC NINH", name: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" },
 *   number: "24/BC-SVHTTDL",
 *   place: "Bắc Ninh",
 *   date: "2026-04-09",
 *   recipients: ["Chủ tịch UBND tỉnh (để b/c)"],
 *   signer: { authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn An" },
 * };
 * ```
 *
 * @category Document metadata
 */
export interface DocumentMeta {
  /** The issuing body (`name`) and its parent body (`parent`, cơ quan chủ quản); `\n` breaks a name's line. */
  readonly issuer: { readonly parent?: string | undefined; readonly name: string };
  /** Số, ký hiệu in canonical form (`15/BC-BPTTH`), type BC. */
  readonly number?: string | undefined;
  /** The symbol alone (`BC-SVHTTDL`) of a draft not yet numbered. */
  readonly symbol?: string | undefined;
  /** Place name (địa danh), e.g. `Bắc Ninh`. */
  readonly place: string;
  /** Date of issue, ISO `YYYY-MM-DD`. */
  readonly date: string;
  /** Summary line (trích yếu) replacing the template's. */
  readonly summary?: string | undefined;
  /** Recipients (nơi nhận), one per line. */
  readonly recipients: string[];
  /** Archive units after "Lưu: VT" (the drafting unit's abbreviation). */
  readonly archive?: string[] | undefined;
  /** The signer: authority (quyền hạn, e.g. `KT. GIÁM ĐỐC`), title (chức vụ), name. */
  readonly signer?: { readonly authority?: string | undefined; readonly title: string; readonly name: string } | undefined;
  /** A draft (dự thảo). */
  readonly draft?: boolean | undefined;
}

/**
 * What {@link validateDocumentMeta} accepts (the JSON a user writes): the same shape as
 * {@link DocumentMeta}, before normalization (any spelling of the number, NFD text).
 *
 * @example
 * ```ts
 * import type { DocumentMetaInput } from "@cchc/documents/metadata";
 *
 * const draft: DocumentMetaInput = {
 *   issuer: { name: "Báo và Phát thanh, Truyền hình Bắc Ninh" },
 *   place: "Bắc Ninh",
 *   date: "2026-03-06",
 *   recipients: ["Sở Văn hóa, Thể thao và Du lịch"],
 *   draft: true,
 * };
 * ```
 *
 * @category Document metadata
 */
export type DocumentMetaInput = DocumentMeta;

/** Compile-time proof that the schema's output is {@link DocumentMeta}, both ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Same<z.output<ReturnType<typeof documentMetaZod>>, DocumentMeta> = true;
void schemaMatchesType;

/**
 * Validates document metadata. Never throws. Every issue has a JSON Pointer, a stable code (zod's, or a
 * `document.*` code of `documentMessages`) and a message in `lang`. Unknown keys are errors; a number
 * is parsed by `parseDocumentNumber` of `@cchc/core` and must be a report's (type `BC`); a signed
 * document (not `draft`) needs its number and its signer.
 *
 * @param input - Any value (typically parsed JSON).
 * @param lang - `"vi"` (default) or `"en"`.
 * @returns `{ valid: true, value, issues: [] }` or `{ valid: false, issues }`.
 * @example
 * ```ts
 * import { validateDocumentMeta } from "@cchc/documents/metadata";
 *
 * const meta = {
 *   issuer: { parent: "UBND tỉnh Bắc Ninh", name: "Sở Văn hóa, Thể thao và Du lịch" },
 *   number: "Số: 24/bc-svhttdl",
 *   place: "Bắc Ninh",
 *   date: "2026-04-09",
 *   recipients: ["Chủ tịch UBND tỉnh (để b/c)"],
 *   signer: { authority: "KT. GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn An" },
 * };
 * const ok = validateDocumentMeta(meta);
 * ok.valid && ok.value.number; // => "24/BC-SVHTTDL"
 * const bad = validateDocumentMeta({ ...meta, number: "24/KH-SVHTTDL" }, "en");
 * bad.issues.map((i) => i.code); // => ["document.number_not_report"]
 * ```
 *
 * @category Document metadata
 */
export function validateDocumentMeta(input: unknown, lang: Lang = DEFAULT_LANG): ReportValidationResult<DocumentMeta> {
  const language = isLang(lang) ? lang : DEFAULT_LANG;
  const result = documentMetaSchema().safeParse(input, { error: zodErrorMap(language) });
  if (result.success) return { valid: true, value: result.data, issues: [] };
  return { valid: false, issues: toValidationIssues(result.error.issues, language) };
}
