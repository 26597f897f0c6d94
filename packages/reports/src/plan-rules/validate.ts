import { DEFAULT_LANG, formatMessage, isLang, type Lang } from "@cchc/core";
import type { Plan } from "@cchc/plan";
import { reportValidationMessages } from "../messages/validation.js";
import type { ReportDefinition } from "../validate/definition.js";
import type { ReportValidationResult, ValidateOptions } from "../validate/validator.js";
import { checkPlanRules } from "./check.js";

/**
 * Options of the main entry's validators (`validateReport`, the registry entries): the language, and
 * the plan whose rules (`PLAN_RULES`: who owes the report) are checked after the shape.
 *
 * @example
 * ```ts
 * import type { ReportValidateOptions } from "@cchc/reports";
 *
 * const againstBacNinh2026: ReportValidateOptions = { lang: "en" };
 * const shapeAlone: ReportValidateOptions = { plan: false }; // a report of another plan (examples/second-plan)
 * ```
 *
 * @category Plan rules
 */
export interface ReportValidateOptions extends ValidateOptions {
  /**
   * The plan whose reporting graph says who sends and receives each report: Bắc Ninh's 2026 plan by
   * default (`bacNinh2026Plan()` of `@cchc/plan`), another plan with the same edge ids (an amended
   * list of agencies), or `false` to validate the shape alone.
   */
  readonly plan?: Plan | false;
}

function normalized(options: ReportValidateOptions | Lang | undefined): { lang: Lang; plan: Plan | false | undefined } {
  if (typeof options === "string") return { lang: isLang(options) ? options : DEFAULT_LANG, plan: undefined };
  return { lang: isLang(options?.lang) ? options.lang : DEFAULT_LANG, plan: options?.plan };
}

/**
 * A report's validator with the plan's rules: its shape first (structure and cross-field rules), then,
 * on a valid shape and unless `{ plan: false }`, {@link checkPlanRules}. Never throws: a plan that
 * cannot be read becomes the issue `report.validator_failed`.
 *
 * @internal
 */
export function withPlanRules<T>(definition: ReportDefinition<T>): (input: unknown, options?: ReportValidateOptions | Lang) => ReportValidationResult<T> {
  return (input, options) => {
    const { lang, plan } = normalized(options);
    const shape = definition.validate(input, lang);
    if (!shape.valid || plan === false) return shape;
    try {
      const issues = checkPlanRules(definition.id, shape.value, plan === undefined ? { lang } : { lang, plan });
      return issues.length === 0 ? shape : { valid: false, issues };
    } catch (error) {
      const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
      return { valid: false, issues: [{ path: "", code: "report.validator_failed", message: formatMessage(reportValidationMessages, "report.validator_failed", { detail }, lang) }] };
    }
  };
}

/**
 * A report's validator taking the language alone: with the plan's rules (of `plan`, Bắc Ninh 2026 when
 * `undefined`) or, for `false`, the shape alone. For the calculators, which validate their inputs and
 * results this way.
 *
 * @internal
 */
export function validatorFor<T>(definition: ReportDefinition<T>, plan: Plan | false | undefined): (input: unknown, lang: Lang) => ReportValidationResult<T> {
  if (plan === false) return (input, lang) => definition.validate(input, lang);
  const checked = withPlanRules(definition);
  return (input, lang) => checked(input, plan === undefined ? { lang } : { lang, plan });
}
