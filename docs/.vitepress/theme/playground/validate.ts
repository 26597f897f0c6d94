// The playground's work, apart from its page: load the validator of one report from its own entry point
// (`@cchc/reports/<id>`, the bundle a form would ship), decode the pasted text as the CLI and the intake
// do (strict I-JSON, `@cchc/core/json`), validate its shape in the chosen language and then, unless the
// reader asks for the shape alone, check who sends it against Bắc Ninh's 2026 plan (`checkPlanRules` of
// the main entry, loaded when the page opens) — the verdict of `cchc validate`. Nothing leaves the browser.
import type { Label, Lang, ValidationIssue } from "@cchc/core";
import { parseStrictJson } from "@cchc/core/json";
import { reportEntries } from "virtual:cchc-reports";

/** What the playground needs of a report definition. */
export interface PlaygroundReport {
  readonly id: string;
  readonly title: Label;
  validate(input: unknown, options?: { lang?: Lang }): { valid: boolean; value?: unknown; issues: readonly ValidationIssue[] };
}

/** The plan's rules: who sends and receives each report (`checkPlanRules` of `@cchc/reports`). */
export type PlanCheck = (schemaId: string, report: unknown, options: { lang: Lang }) => readonly ValidationIssue[];

let planRules: Promise<PlanCheck> | undefined;

/** The plan's rules of Bắc Ninh 2026, loaded once (the main entry of `@cchc/reports`, with the plan's data). */
export function loadPlanRules(): Promise<PlanCheck> {
  planRules ??= import("@cchc/reports").then((m) => m.checkPlanRules as PlanCheck);
  return planRules;
}

/** The verdict shown. */
export type Verdict =
  | { readonly kind: "valid" }
  | { readonly kind: "invalid"; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: "not-json"; readonly message: string }
  | { readonly kind: "empty" };

function isReport(value: unknown, id: string): value is PlaygroundReport {
  const v = value as Partial<PlaygroundReport> | null;
  return typeof v === "object" && v !== null && v.id === id && typeof v.validate === "function";
}

const loaded = new Map<string, Promise<PlaygroundReport>>();

/** The report definition exported by `@cchc/reports/<id>`, loaded once. */
export function loadReport(id: string): Promise<PlaygroundReport> {
  let report = loaded.get(id);
  if (!report) {
    const load = reportEntries[id];
    if (!load) return Promise.reject(new Error(`no entry point @cchc/reports/${id}`));
    report = load().then((module) => {
      const found = Object.values(module).find((v) => isReport(v, id));
      if (!found) throw new Error(`@cchc/reports/${id} exports no report definition`);
      return found as PlaygroundReport;
    });
    loaded.set(id, report);
  }
  return report;
}

const MESSAGES = {
  vi: { notJson: "Không phải JSON hợp lệ" },
  en: { notJson: "Not valid JSON" },
} as const;

/**
 * Decodes `text` (strict I-JSON, as `cchc validate` does) and validates it against a report: its shape,
 * then, when `plan` is given, the plan's rules on a valid shape.
 */
export function verdictOf(report: PlaygroundReport, text: string, lang: Lang, plan?: PlanCheck): Verdict {
  if (text.trim() === "") return { kind: "empty" };
  const parsed = parseStrictJson(text);
  if (!parsed.ok) return { kind: "not-json", message: `${MESSAGES[lang].notJson}: ${parsed.error.localized(lang)}` };
  const result = report.validate(parsed.value, { lang });
  if (!result.valid) return { kind: "invalid", issues: result.issues };
  const issues = plan ? plan(report.id, result.value, { lang }) : [];
  return issues.length === 0 ? { kind: "valid" } : { kind: "invalid", issues };
}
