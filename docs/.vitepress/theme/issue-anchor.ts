/** The anchor of an issue code on the issue-code page: `report.sum_mismatch` → `report-sum-mismatch`. */
export function issueAnchor(code: string): string {
  return code.replace(/[^a-z0-9]+/gi, "-").toLowerCase();
}
