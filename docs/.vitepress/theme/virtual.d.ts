// The modules the site's build generates (docs/build/reports-plugin.ts).
declare module "virtual:cchc-reports" {
  import type { ReportDefinition } from "@cchc/reports";
  /** A loader per per-report entry point of @cchc/reports, by report id. */
  export const reportEntries: Record<string, () => Promise<Record<string, unknown>>>;
  /** The example payloads @cchc/reports ships. */
  export const reportExamples: readonly { file: string; schema: string; label: string; valid: boolean }[];
  export type { ReportDefinition };
}
