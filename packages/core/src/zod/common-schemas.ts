import { z } from "zod";
import { CONFIDENCE_LEVELS, type Citation, type Confidence } from "../citation.js";
import type { Label } from "../i18n/label.js";

const text = (max: number) => z.string().min(1).max(max);

/**
 * A zod schema for a {@link Label}: the same non-empty text in Vietnamese and English (unknown keys
 * rejected). Shared by every package whose data carries bilingual labels.
 *
 * @example
 * ```ts
 * import { labelSchema } from "@cchc/core";
 *
 * labelSchema.parse({ vi: "Cải cách thể chế", en: "Institutional reform" });
 * ```
 *
 * @category zod helpers
 */
export const labelSchema: z.ZodType<Label> = /* @__PURE__ */ (() =>
  z.strictObject({
    vi: text(20_000),
    en: text(20_000),
  }))();

/**
 * A zod schema for a {@link Confidence} level: `VERIFIED`, `SECONDARY`, `INFERRED` or `UNCONFIRMED`.
 *
 * @example
 * ```ts
 * import { confidenceSchema } from "@cchc/core";
 *
 * confidenceSchema.parse("UNCONFIRMED");
 * ```
 *
 * @category zod helpers
 */
export const confidenceSchema: z.ZodType<Confidence> = /* @__PURE__ */ (() =>
  z.enum(CONFIDENCE_LEVELS as readonly Confidence[] as [Confidence, ...Confidence[]]))();

/**
 * A zod schema for a {@link Citation}: where a fact comes from and how sure it is. Dates are ISO
 * strings (`YYYY-MM-DD`) so that the JSON Schema can describe them; unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { citationSchema } from "@cchc/core";
 *
 * citationSchema.parse({ document: "1027/CTK-CSCL", issuer: "Cục Thống kê", date: "2025-06-25", confidence: "VERIFIED" });
 * ```
 *
 * @category zod helpers
 */
export const citationSchema: z.ZodType<Citation> = /* @__PURE__ */ (() =>
  z.strictObject({
    document: text(200).exactOptional(),
    title: text(1000).exactOptional(),
    article: text(40).exactOptional(),
    clause: text(40).exactOptional(),
    point: text(40).exactOptional(),
    issuer: text(500).exactOptional(),
    date: z.iso.date().exactOptional(),
    url: text(2000).exactOptional(),
    quote: text(20_000).exactOptional(),
    confidence: confidenceSchema,
    note: text(20_000).exactOptional(),
  }))();
