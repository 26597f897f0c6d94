import { err, formatCitation, interpolate, makeError, ok, type Citation, type CchcErrorData, type IsoDate, type Label, type Result } from "@cchc/core";
import { evaluateDeadline, type EvaluateOptions } from "../evaluate/evaluate.js";
import type { DeadlineEvaluation } from "../evaluate/types.js";
import { deadlineMessages } from "../messages.js";
import { obligationSchema, type Obligation } from "../model/obligation-schema.js";
import type { Period } from "../model/period.js";
import { formatDay } from "../time/format.js";
import { obligationMessages } from "./messages.js";

/**
 * How precedence was settled for one occurrence: the obligation's own rule applies, and each default
 * rule it overrides is listed with the date it would have given.
 *
 * @example
 * ```ts
 * import type { PrecedenceOutcome } from "@cchc/deadlines";
 *
 * function note(p: PrecedenceOutcome): string {
 *   return p.text.en;
 * }
 * ```
 *
 * @category Obligations
 */
export interface PrecedenceOutcome {
  /** Always `"own"`: the obligation's own rule prevails over the defaults it names. */
  readonly applied: "own";
  /** The overridden defaults, with the date each would give (`null` when it cannot be evaluated). */
  readonly overridden: readonly {
    readonly source: Citation;
    readonly due: IsoDate | null;
    readonly error: CchcErrorData | null;
    readonly note: Label | null;
  }[];
  /** Why the own rule prevails. */
  readonly reason: Label;
  /** The whole record as a sentence in both languages. */
  readonly text: Label;
}

/**
 * An obligation evaluated for one period.
 *
 * @example
 * ```ts
 * import type { ObligationEvaluation } from "@cchc/deadlines";
 *
 * function due(e: ObligationEvaluation): string {
 *   return e.evaluation.due;
 * }
 * ```
 *
 * @category Obligations
 */
export interface ObligationEvaluation {
  /** The obligation. */
  readonly obligation: Obligation;
  /** The evaluation of its own rule for the period. */
  readonly evaluation: DeadlineEvaluation;
  /** The precedence record, when the obligation names defaults it overrides. */
  readonly precedence: PrecedenceOutcome | null;
}

/**
 * Options of {@link evaluateObligation}: the calendar and optional reading / policy choices.
 *
 * @example
 * ```ts
 * import type { DeadlineCalendar, ObligationEvaluateOptions } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * const options: ObligationEvaluateOptions = { calendar, reading: "on-or-before" };
 * ```
 *
 * @category Obligations
 */
export type ObligationEvaluateOptions = Omit<EvaluateOptions, "period" | "event">;

function precedenceOf(obligation: Obligation, own: DeadlineEvaluation, options: EvaluateOptions): PrecedenceOutcome | null {
  const p = obligation.precedence;
  if (!p) return null;
  const overridden = p.overrides.map((o) => {
    const r = evaluateDeadline(o.rule, options);
    return { source: o.source, due: r.ok ? r.value.due : null, error: r.ok ? null : r.error.toJSON(), note: o.note ?? null };
  });
  const render = (lang: "vi" | "en"): string => {
    const cat = obligationMessages[lang];
    const list = overridden
      .map((o) =>
        o.due
          ? interpolate(cat["obligation.overridden_due"], { source: formatCitation(o.source, lang), due: o.due })
          : interpolate(cat["obligation.overridden_none"], { source: formatCitation(o.source, lang) }),
      )
      .join("; ");
    return interpolate(cat["obligation.precedence"], {
      due: formatDay(own.dueDay, lang),
      source: formatCitation(obligation.source, lang),
      overridden: list,
      reason: lang === "en" ? p.reason.en : p.reason.vi,
    });
  };
  return { applied: "own", overridden, reason: p.reason, text: { vi: render("vi"), en: render("en") } };
}

/**
 * Evaluates an obligation for one period: its own rule (see {@link evaluateDeadline}) and, when it
 * names default rules it overrides (a decree's default deadline), the precedence record — the own
 * rule applies, and the record says which defaults it replaced, what dates they would have given, and
 * why.
 *
 * @param obligation - The obligation (validated with {@link obligationSchema}).
 * @param period - The period, as a {@link Period} or an id such as `"2026-02"`.
 * @param options - The calendar and optional reading / policy choices.
 * @returns The evaluation, or a typed error (`deadline.invalid_obligation`, or an evaluation error).
 * @example
 * ```ts
 * import { evaluateObligation, type DeadlineCalendar, type Obligation } from "@cchc/deadlines";
 *
 * declare const calendar: DeadlineCalendar;
 * declare const mediaReport: Obligation;
 * const r = evaluateObligation(mediaReport, "2026-02", { calendar });
 * if (r.ok) r.value.evaluation.due; // "2026-03-09"
 * ```
 *
 * @category Obligations
 */
export function evaluateObligation(obligation: Obligation, period: Period | string, options: ObligationEvaluateOptions): Result<ObligationEvaluation> {
  const parsed = obligationSchema.safeParse(obligation);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return err(makeError(deadlineMessages, "deadline.invalid_obligation", { path: issue ? issue.path.join(".") || "/" : "/", message: issue?.message ?? "" }));
  }
  return evaluateValidObligation(parsed.data, period, options);
}

/** {@link evaluateObligation} for an obligation already validated. */
export function evaluateValidObligation(obligation: Obligation, period: Period | string, options: ObligationEvaluateOptions): Result<ObligationEvaluation> {
  const full: EvaluateOptions = { ...options, period };
  const own = evaluateDeadline(obligation.rule, full);
  if (!own.ok) return own;
  return ok({ obligation, evaluation: own.value, precedence: precedenceOf(obligation, own.value, full) });
}
