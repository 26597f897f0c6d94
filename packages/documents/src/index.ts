/**
 * `@cchc/documents`: the plan's reports as official administrative documents — `.docx` files in the form
 * of Nghị định 30/2020/NĐ-CP, Phụ lục I, written from the same validated data with the `docx` library.
 *
 * - {@link renderDocument}: report + metadata → `.docx` bytes (or every issue, and no file);
 * - {@link composeDocument}: the same page as text, for previews and other formats;
 * - {@link draftDocumentMeta}: a draft's metadata from the report and the plan;
 * - {@link validateDocumentMeta}: the metadata's validator (also in `@cchc/documents/metadata`, without
 *   the `.docx` writer);
 * - {@link DECREE_30_LAYOUT}: the decree's presentation rules as data, with their clauses.
 *
 * @packageDocumentation
 */
export { renderDocument } from "./render.js";
export { composeDocument, type DocumentOptions } from "./compose.js";
export type { ComposedDocument } from "./render/composed.js";
export type { Block, TableColumn, Align } from "./body/model.js";
export { draftDocumentMeta, type DraftOptions } from "./meta/draft.js";
export { DOCUMENT_SCHEMA_IDS, type DocumentSchemaId } from "./body/templates.js";
export type { DocumentFailure, DocumentIssue } from "./failure.js";
export { DECREE_30_LAYOUT, type DecreeRule, type AllowedRange } from "./layout/decree-30.js";
export { formatFigure } from "./format/numbers.js";
export { formatPlaceAndDate } from "./format/dates.js";
export * from "./metadata.js";
