/**
 * `@cchc/core`: the shared vocabulary of the cchc packages.
 *
 * - Vietnamese text: NFC normalization, a folding key for matching, comparison and slugs;
 * - bilingual labels and vi/en message catalogues, typed domain errors and results;
 * - legal citations with confidence, and effective-dated parameters;
 * - strict ISO civil dates on integer epoch days;
 * - document numbers (số, ký hiệu) per Nghị định 30/2020/NĐ-CP;
 * - zod helpers that localize validation issues;
 * - strict JSON decoding (I-JSON, RFC 7493), also alone as `@cchc/core/json`.
 *
 * @packageDocumentation
 */
export { normalizeText, isNfc } from "./text/normalize.js";
export { foldKey, equalsFolded, includesFolded } from "./text/fold.js";
export { compareVietnamese } from "./text/compare.js";
export { slugify } from "./text/slug.js";
export { displayText, DISPLAY_TEXT_MAX_LENGTH } from "./text/display.js";
export { DEFAULT_LANG, labelText, isLang, type Lang, type Label } from "./i18n/label.js";
export {
  defineCatalogue,
  interpolate,
  formatMessage,
  messageLabel,
  catalogueProblems,
  type Catalogue,
  type MessageParams,
} from "./i18n/catalogue.js";
export { coreCatalogues, type CoreMessageKey } from "./i18n/messages.js";
export { dateMessages } from "./date/messages.js";
export { documentNumberMessages } from "./document-number/messages.js";
export { effectiveDatedMessages } from "./effective-dated-messages.js";
export {
  CchcError,
  makeError,
  isCchcError,
  ok,
  err,
  unwrap,
  describeValue,
  type CchcErrorData,
  type Ok,
  type Err,
  type Result,
} from "./errors.js";
export { CONFIDENCE_LEVELS, formatCitation, type Citation, type Confidence } from "./citation.js";
export {
  defineEffectiveDated,
  checkEffectiveDated,
  entryAt,
  valueAt,
  valueAtOrError,
  type DatedValue,
  type EffectiveDated,
} from "./effective-dated.js";
export {
  isLeapYear,
  daysInMonth,
  toEpochDay,
  fromEpochDay,
  isoWeekday,
  formatIsoDate,
  epochDayToIso,
  parseIsoDate,
  isIsoDate,
  type CivilDate,
  type IsoDate,
} from "./date/civil-date.js";
export { DOCUMENT_TYPES, type DocumentType, type DocumentTypeCategory } from "./document-number/document-types.js";
export { DOCUMENT_TYPE_CODES } from "./document-number/document-type-codes.js";
export { KNOWN_ISSUERS, isLegislatureIssuer } from "./document-number/issuers.js";
export {
  parseDocumentNumber,
  formatDocumentNumber,
  isDocumentNumber,
  canonicalDocumentNumber,
  compareDocumentNumbers,
  sameDocumentNumber,
  documentTypeInfo,
  MAX_DOCUMENT_NUMBER_LENGTH,
  DOCUMENT_YEAR_RANGE,
  type DocumentNumber,
  type DocumentNumberKind,
} from "./document-number/document-number.js";
export { documentNumberSchema } from "./document-number/schema.js";
export {
  zodErrorMap,
  zodCustomIssue,
  toValidationIssues,
  type ValidationIssue,
  type CchcIssueParams,
} from "./zod/issues.js";
export { toJsonPointer } from "./json/pointer.js";
export { parseStrictJson, strictJsonIssue, type StrictJsonOptions } from "./json/parse-strict-json.js";
export { strictJsonMessages, type StrictJsonCode } from "./json/messages.js";
export { zodPlainMessages } from "./zod/messages.js";
export { labelSchema, confidenceSchema, citationSchema } from "./zod/common-schemas.js";
