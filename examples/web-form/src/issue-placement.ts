/**
 * Where each validation message shows: beside the input whose JSON Pointer is the issue's path, else
 * beside the nearest enclosing list or object that has a place for messages (`/sections` for "at least
 * one row", `/feedback` for a rule across its fields), else in the form-level list.
 */

/** An issue as the validators return it. */
export interface Issue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** The anchor (a pointer the page can show messages at) of an issue path; `""` is the whole form. */
export function anchorOf(path: string, anchors: ReadonlySet<string>): string {
  let p = path;
  while (p !== "") {
    if (anchors.has(p)) return p;
    p = p.slice(0, p.lastIndexOf("/"));
  }
  return "";
}

/** The messages of each anchor, in the validator's order. */
export function placeIssues(issues: readonly Issue[], anchors: ReadonlySet<string>): Map<string, string[]> {
  const placed = new Map<string, string[]>();
  for (const issue of issues) {
    const anchor = anchorOf(issue.path, anchors);
    const list = placed.get(anchor) ?? [];
    list.push(issue.message);
    placed.set(anchor, list);
  }
  return placed;
}

/** Whether an anchor's messages should show yet: after the first check, or once one of its inputs was touched. */
export function isVisible(anchor: string, touched: ReadonlySet<string>, submitted: boolean): boolean {
  if (submitted) return true;
  if (anchor === "") return false;
  for (const pointer of touched) if (pointer === anchor || pointer.startsWith(`${anchor}/`)) return true;
  return false;
}
