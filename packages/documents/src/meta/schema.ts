import { messageLabel, parseDocumentNumber, parseIsoDate, type MessageParams } from "@cchc/core";
import * as z from "zod/mini";
import { documentMessages, type DocumentMessageCode } from "../messages.js";

/**
 * The signing-authority prefixes of Vietnamese administrative documents: TM. (on behalf of a
 * collective), KT. (a deputy signing for the head), TL. (by order), TUQ. (by authorisation), Q.
 * (acting head) — Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 7 (as summarised in the
 * project's facts file, §2.1). A head signing in their own name writes no prefix.
 *
 * @example
 * ```ts
 * import { SIGNING_AUTHORITY_PREFIXES } from "@cchc/documents/metadata";
 *
 * SIGNING_AUTHORITY_PREFIXES; // => ["TM.", "KT.", "TL.", "TUQ.", "Q."]
 * ```
 *
 * @category Document metadata
 */
export const SIGNING_AUTHORITY_PREFIXES = ["TM.", "KT.", "TL.", "TUQ.", "Q."] as const;

/** The type abbreviation of a report (báo cáo) in Phụ lục III of the decree. */
const REPORT_TYPE = "BC";

function issue(code: DocumentMessageCode, params: MessageParams, input: unknown, path: PropertyKey[] = []): z.core.$ZodRawIssue {
  const message = messageLabel(documentMessages, code, params);
  return { code: "custom", message: message.vi, params: { cchc: { code, params, message } }, path, input } as z.core.$ZodRawIssue;
}

/** Free text: not blank, at most `max` characters, NFC. */
function text(max: number) {
  return z.pipe(
    z.string().check(
      z.minLength(1),
      z.maxLength(max),
      z.check((ctx) => {
        if (ctx.value.trim() === "") ctx.issues.push(issue("document.blank_text", {}, ctx.value));
      }),
    ),
    z.transform((value: string) => value.normalize("NFC").trim()),
  );
}

function isoDate() {
  return z.string().check(
    z.check((ctx) => {
      const parsed = parseIsoDate(ctx.value);
      if (!parsed.ok || ctx.value.length !== 10) {
        ctx.issues.push(issue("document.invalid_date", { reason: parsed.ok ? ctx.value : parsed.error.messages.vi }, ctx.value));
      }
    }),
  );
}

/** A document number (số, ký hiệu) of a report: parsed by @cchc/core, type BC, canonical spelling out. */
function reportNumber() {
  return z.pipe(
    z.string().check(
      z.maxLength(60),
      z.check((ctx) => {
        const parsed = parseDocumentNumber(ctx.value);
        if (!parsed.ok) {
          ctx.issues.push(issue("document.invalid_number", { reason: parsed.error.messages.vi }, ctx.value));
        } else if (parsed.value.type !== REPORT_TYPE) {
          ctx.issues.push(issue("document.number_not_report", { value: parsed.value.canonical, type: parsed.value.type ?? parsed.value.issuer }, ctx.value));
        }
      }),
    ),
    z.transform((value: string) => {
      const parsed = parseDocumentNumber(value);
      return parsed.ok ? parsed.value.canonical : value;
    }),
  );
}

/** The symbol alone (`BC-SVHTTDL`), for a document whose number the records office gives at issue. */
function reportSymbol() {
  return z.pipe(
    z.string().check(
      z.maxLength(50),
      z.check((ctx) => {
        const parsed = parseDocumentNumber(`1/${ctx.value}`);
        if (!parsed.ok) ctx.issues.push(issue("document.invalid_symbol", { reason: parsed.error.messages.vi }, ctx.value));
        else if (parsed.value.type !== REPORT_TYPE) {
          ctx.issues.push(issue("document.number_not_report", { value: ctx.value, type: parsed.value.type ?? parsed.value.issuer }, ctx.value));
        }
      }),
    ),
    z.transform((value: string) => {
      const parsed = parseDocumentNumber(`1/${value}`);
      return parsed.ok ? parsed.value.canonical.slice(3) : value;
    }),
  );
}

function authority() {
  return z.pipe(
    text(100),
    z.transform((value: string, ctx) => {
      const upper = value.toLocaleUpperCase("vi");
      if (!SIGNING_AUTHORITY_PREFIXES.some((p) => upper.startsWith(`${p} `))) {
        ctx.issues.push(issue("document.invalid_authority", { value, prefixes: SIGNING_AUTHORITY_PREFIXES.join(", ") }, value));
      }
      return value;
    }),
  );
}

function shape() {
  return z.strictObject({
    issuer: z.strictObject({ parent: z.optional(text(200)), name: text(200) }),
    number: z.optional(reportNumber()),
    symbol: z.optional(reportSymbol()),
    place: text(100),
    date: isoDate(),
    summary: z.optional(text(500)),
    recipients: z.array(text(300)).check(z.maxLength(50)),
    archive: z.optional(z.array(text(100)).check(z.maxLength(10))),
    signer: z.optional(z.strictObject({ authority: z.optional(authority()), title: text(100), name: text(100) })),
    draft: z.optional(z.boolean()),
  });
}

/** @internal The metadata schema with its cross-field rules (built once, on first use). */
export function documentMetaZod() {
  return shape().check(
    z.check((ctx) => {
      if (ctx.issues.length > 0) return;
      const meta = ctx.value;
      if (meta.number !== undefined && meta.symbol !== undefined) ctx.issues.push(issue("document.number_and_symbol", {}, meta, ["symbol"]));
      if (meta.draft === true) return;
      if (meta.number === undefined) ctx.issues.push(issue("document.number_required", {}, meta, ["number"]));
      if (meta.signer === undefined) ctx.issues.push(issue("document.signer_required", {}, meta, ["signer"]));
    }),
  );
}
