// The playground's work, apart from its page: load the validator of one report from its own entry point
// (`@cchc/reports/<id>`, the bundle a form would ship), parse the pasted text, validate in the chosen
// language. Nothing leaves the browser.
import type { Label, Lang, ValidationIssue } from "@cchc/core";
import { reportEntries } from "virtual:cchc-reports";

/** What the playground needs of a report definition. */
export interface PlaygroundReport {
  readonly id: string;
  readonly title: Label;
  validate(input: unknown, options?: { lang?: Lang }): { valid: boolean; issues: readonly ValidationIssue[] };
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

/** Parses and validates `text` against a report. */
export function verdictOf(report: PlaygroundReport, text: string, lang: Lang): Verdict {
  if (text.trim() === "") return { kind: "empty" };
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch (error) {
    return { kind: "not-json", message: `${MESSAGES[lang].notJson}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const result = report.validate(payload, { lang });
  return result.valid ? { kind: "valid" } : { kind: "invalid", issues: result.issues };
}
