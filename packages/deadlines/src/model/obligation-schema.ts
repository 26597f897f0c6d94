import { z } from "zod";
import { citationSchema, labelSchema } from "@cchc/core";
import { partySchema } from "./common-schema.js";
import { RECURRENCE_KINDS } from "./period.js";
import { deadlineRuleZod, type DeadlineRule } from "./rule-schema.js";
import type { Citation, Label } from "@cchc/core";
import type { Party } from "./common-schema.js";
import type { RecurrenceKind } from "./period.js";

const OBLIGATION_ID = /^[a-z0-9][a-z0-9._-]*$/;

function precedenceZod() {
  return z.strictObject({
    overrides: z
      .array(
        z.strictObject({
          rule: deadlineRuleZod(),
          source: citationSchema,
          note: labelSchema.exactOptional(),
        }),
      )
      .min(1)
      .max(20),
    reason: labelSchema,
  });
}

/**
 * zod schema of a {@link Precedence} record: the default rules that the obligation's own rule
 * overrides (for instance the default deadline of a decree), each with its source, and why the own
 * rule prevails (the specific rule of the body that creates the report over the general default;
 * Civil Code Điều 145: the counting rules apply unless another rule provides otherwise).
 *
 * @example
 * ```ts
 * import { precedenceSchema } from "@cchc/deadlines";
 *
 * precedenceSchema.parse({
 *   overrides: [{ rule: { kind: "reporting-period", regime: "nd09-2019" }, source: { document: "09/2019/NĐ-CP", confidence: "SECONDARY" } }],
 *   reason: { vi: "Kế hoạch quy định hạn riêng.", en: "The plan sets its own deadline." },
 * });
 * ```
 *
 * @category Rules and periods
 */
export const precedenceSchema: z.ZodType<Precedence> = /* @__PURE__ */ precedenceZod();

function obligationZod() {
  return z.strictObject({
    id: z.string().min(1).max(200).regex(OBLIGATION_ID),
    who: z.array(partySchema).min(1).max(200),
    what: labelSchema,
    to: z.array(partySchema).min(1).max(50),
    copyTo: z.array(partySchema).max(50).exactOptional(),
    rule: deadlineRuleZod(),
    periodKind: z.enum(RECURRENCE_KINDS),
    source: citationSchema,
    precedence: precedenceZod().exactOptional(),
    embeddedIn: labelSchema.exactOptional(),
    dueSoonDays: z.int().min(0).max(366).exactOptional(),
  });
}

/**
 * zod schema of an obligation (nghĩa vụ báo cáo / nhiệm vụ có thời hạn): who must do what, for whom
 * (and in copy), by which deadline rule, how often (`periodKind`), from which clause of which text,
 * and which default rules it overrides. `embeddedIn` names the report it is folded into ("lồng ghép
 * trong báo cáo CCHC định kỳ"); `dueSoonDays` overrides the reminder lead time.
 *
 * @example
 * ```ts
 * import { obligationSchema } from "@cchc/deadlines";
 *
 * const media = obligationSchema.parse({
 *   id: "bac-ninh-2026.media-monthly-report",
 *   who: [{ id: "bao-ptth", name: { vi: "Báo và Phát thanh, Truyền hình Bắc Ninh", en: "Bắc Ninh Newspaper, Radio and Television" } }],
 *   what: { vi: "Báo cáo kết quả tuyên truyền CCHC", en: "Report on administrative-reform communication results" },
 *   to: [{ id: "so-vhttdl", name: { vi: "Sở Văn hóa, Thể thao và Du lịch", en: "Department of Culture, Sports and Tourism" } }],
 *   rule: { kind: "day-of-month", day: 10, wording: "before", monthsAfterPeriodEnd: 1 },
 *   periodKind: "month",
 *   source: { title: "Kế hoạch tuyên truyền CCHC tỉnh Bắc Ninh năm 2026", clause: "V.5", quote: "Định kỳ trước ngày 10 hằng tháng", confidence: "VERIFIED" },
 * });
 * media.periodKind; // => "month"
 * ```
 *
 * @category Rules and periods
 */
export const obligationSchema: z.ZodType<Obligation> = /* @__PURE__ */ obligationZod();

/**
 * One default rule that an obligation's own rule overrides.
 *
 * @example
 * ```ts
 * import type { OverriddenRule } from "@cchc/deadlines";
 *
 * const nd09: OverriddenRule = { rule: { kind: "reporting-period", regime: "nd09-2019" }, source: { document: "09/2019/NĐ-CP", confidence: "SECONDARY" } };
 * ```
 *
 * @category Rules and periods
 */
export interface OverriddenRule {
  /** The default rule. */
  readonly rule: DeadlineRule;
  /** Where the default comes from. */
  readonly source: Citation;
  /** Optional note. */
  readonly note?: Label;
}

/**
 * The precedence record of an obligation (see {@link precedenceSchema}).
 *
 * @example
 * ```ts
 * import type { Precedence } from "@cchc/deadlines";
 *
 * const p: Precedence = { overrides: [], reason: { vi: "Kế hoạch quy định hạn riêng.", en: "The plan sets its own deadline." } };
 * ```
 *
 * @category Rules and periods
 */
export interface Precedence {
  /** The default rules the obligation's own rule replaces (1–20). */
  readonly overrides: readonly OverriddenRule[];
  /** Why the own rule prevails. */
  readonly reason: Label;
}

/**
 * An obligation (see {@link obligationSchema}).
 *
 * @example
 * ```ts
 * import type { Obligation } from "@cchc/deadlines";
 *
 * function title(o: Obligation): string {
 *   return o.what.vi;
 * }
 * ```
 *
 * @category Rules and periods
 */
export interface Obligation {
  /** Stable id: lower-case letters, digits, `.`, `_`, `-`. */
  readonly id: string;
  /** Who must act (1–200 parties). */
  readonly who: readonly Party[];
  /** What must be done or sent. */
  readonly what: Label;
  /** To whom (1–50 parties). */
  readonly to: readonly Party[];
  /** In copy (đồng gửi). */
  readonly copyTo?: readonly Party[];
  /** The obligation's own deadline rule. */
  readonly rule: DeadlineRule;
  /** How it recurs. */
  readonly periodKind: RecurrenceKind;
  /** The clause that creates it. */
  readonly source: Citation;
  /** Default rules it overrides, and why. */
  readonly precedence?: Precedence;
  /** The report it is folded into ("lồng ghép trong báo cáo CCHC định kỳ"). */
  readonly embeddedIn?: Label;
  /** Reminder lead time in working days, overriding the caller's default. */
  readonly dueSoonDays?: number;
}

// zod infers mutable arrays: check that its output fits the interface and that both have the same keys.
type Same<A, B> = [A] extends [B] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false;
type Assert<T extends true> = T;
type _ObligationTypesMatchZod = Assert<
  Same<z.output<ReturnType<typeof obligationZod>>, Obligation> extends true
    ? Same<z.output<ReturnType<typeof precedenceZod>>, Precedence>
    : false
>;
