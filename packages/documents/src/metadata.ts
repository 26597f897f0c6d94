/**
 * `@cchc/documents/metadata`: the metadata of an official document (issuing body, số/ký hiệu, place and
 * date, recipients, signer) and its validator — without the `.docx` writer, so that a form can check
 * what a clerk types with zod alone.
 *
 * @packageDocumentation
 */
export { SIGNING_AUTHORITY_PREFIXES } from "./meta/schema.js";
export { documentMetaSchema, validateDocumentMeta, type DocumentMeta, type DocumentMetaInput } from "./meta/validate.js";
export { documentMessages, type DocumentMessageCode } from "./messages.js";
