/**
 * The status board: one table per obligation (units × periods), each cell coloured and marked by its
 * status, filters by unit, period and status, and a dialog explaining a cell: the receipt's sentence,
 * the due date's computation step by step, its sources with their confidence.
 */
import type { Citation, Lang } from "@cchc/core";
import type { BoardCell, BoardDeadline, BoardStatus, StatusBoard } from "@cchc/intake";
import { h } from "./dom.js";
import { formatDate, formatInstant, monthLabel } from "./format.js";
import { STATUS_ORDER, STATUS_SYMBOL } from "./status.js";
import { t } from "./texts.js";

/** The board's filters ("" = all). */
export interface BoardFilters {
  unit: string;
  period: string;
  status: string;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function select(id: string, label: string, value: string, options: readonly [string, string][], onChange: (value: string) => void): HTMLElement {
  const element = h("select", { id }, ...options.map(([v, text]) => h("option", { value: v, selected: v === value }, text)));
  element.addEventListener("change", () => onChange(element.value));
  return h("label", { class: "filter", for: id }, h("span", {}, label), element);
}

function confidenceBadge(confidence: string | undefined, lang: Lang): HTMLElement | string {
  if (!confidence) return "";
  const known = ["UNCONFIRMED", "INFERRED", "SECONDARY", "VERIFIED"].includes(confidence);
  const text = known ? t(lang, `confidence.${confidence}` as "confidence.UNCONFIRMED") : confidence;
  return h("span", { class: `badge confidence-${confidence.toLowerCase()}`, "data-confidence": confidence }, text);
}

/** One source with its confidence. */
export function citationItem(c: Citation, lang: Lang): HTMLLIElement {
  const where = [c.document, c.title, c.article ? `${lang === "vi" ? "Điều" : "Art."} ${c.article}` : undefined, c.clause ? `${lang === "vi" ? "khoản" : "cl."} ${c.clause}` : undefined].filter(Boolean).join(", ");
  return h("li", {}, confidenceBadge(c.confidence, lang), " ", where || (c.note ?? ""), c.note && where ? h("span", { class: "note" }, ` — ${c.note}`) : "");
}

/** The explanation of one cell, in the dialog. */
function explanation(cell: BoardCell, deadline: BoardDeadline | undefined, lang: Lang): HTMLElement[] {
  const parts: HTMLElement[] = [
    h("p", {}, h("span", { class: `status-chip s-${cell.status}` }, `${STATUS_SYMBOL[cell.status]} ${t(lang, `status.${cell.status}`)}`)),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, t(lang, "cell.due")),
      h("dd", {}, formatDate(cell.due, lang)),
      ...(cell.earliestSafe !== cell.latestSafe ? [h("dt", {}, "↔"), h("dd", {}, t(lang, "cell.readings", { earliest: formatDate(cell.earliestSafe, lang), latest: formatDate(cell.latestSafe, lang) }))] : []),
      h("dt", {}, t(lang, "cell.received")),
      h("dd", {}, cell.receivedAt ? formatInstant(cell.receivedAt, lang) : t(lang, "cell.notReceived")),
    ),
  ];
  if (cell.explanation) parts.push(h("h3", {}, t(lang, "cell.receipt")), h("p", { class: "receipt" }, cell.explanation[lang]));
  if (deadline) {
    parts.push(h("h3", {}, t(lang, "cell.steps")), h("ol", { class: "steps" }, ...deadline.steps.map((s) => h("li", {}, s[lang]))));
    parts.push(h("h3", {}, t(lang, "cell.sources")), h("ul", { class: "sources" }, ...deadline.citations.map((c) => citationItem(c, lang))));
    if (deadline.estimated) parts.push(h("p", { class: "note" }, t(lang, "cell.estimated")));
  }
  return parts;
}

function cellButton(cell: BoardCell, lang: Lang, open: (cell: BoardCell, button: HTMLButtonElement) => void): HTMLButtonElement {
  const date = cell.receivedAt ? cell.receivedAt.slice(0, 10) : cell.due;
  const short = lang === "vi" ? `${date.slice(8, 10)}/${date.slice(5, 7)}` : `${Number(date.slice(8, 10))}/${Number(date.slice(5, 7))}`;
  const button = h(
    "button",
    { type: "button", class: `cell s-${cell.status}`, "data-unit": cell.unit, "data-period": cell.period, "data-status": cell.status, title: t(lang, `status.${cell.status}`) },
    h("span", { class: "symbol", "aria-hidden": "true" }, STATUS_SYMBOL[cell.status]),
    h("span", { class: "sr-only" }, t(lang, `status.${cell.status}`)),
    h("span", { class: "when", "aria-hidden": "true" }, short),
  );
  button.addEventListener("click", () => open(cell, button));
  return button;
}

/** A period's column header: months as `T3`/`Mar` (the full name for assistive technology and on hover), other periods in words. */
function periodHeader(period: string, label: string, lang: Lang): HTMLTableCellElement {
  if (!/^\d{4}-\d{2}$/.test(period)) return h("th", { scope: "col", "data-period": period }, label);
  return h("th", { scope: "col", "data-period": period, abbr: label, title: label }, monthLabel(period, lang));
}

function obligationTable(cells: readonly BoardCell[], deadlineOf: (c: BoardCell) => BoardDeadline | undefined, filters: BoardFilters, lang: Lang, open: (cell: BoardCell, button: HTMLButtonElement) => void): HTMLElement | null {
  const shown = cells.filter((c) => (!filters.unit || c.unit === filters.unit) && (!filters.period || c.period === filters.period));
  const matching = shown.filter((c) => !filters.status || c.status === filters.status);
  if (matching.length === 0) return null;
  const periods = unique(shown.map((c) => c.period));
  const units = unique(matching.map((c) => c.unit));
  const byKey = new Map(shown.map((c) => [`${c.unit} ${c.period}`, c]));
  const first = cells[0]!;
  const what = deadlineOf(first)?.what[lang] ?? first.obligationId;
  return h(
    "div",
    { class: "table-scroll", role: "region", "aria-label": what, tabindex: 0 },
    h(
      "table",
      { class: "board", "data-obligation": first.obligationId },
      h("caption", {}, what),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t(lang, "board.unit")), ...periods.map((p) => periodHeader(p, shown.find((c) => c.period === p)!.periodLabel[lang], lang)))),
      h(
        "tbody",
        {},
        ...units.map((unit) =>
          h(
            "tr",
            { "data-unit": unit },
            h("th", { scope: "row" }, shown.find((c) => c.unit === unit)!.unitName[lang]),
            ...periods.map((p) => {
              const cell = byKey.get(`${unit} ${p}`);
              if (!cell) return h("td", { class: "empty" });
              if (filters.status && cell.status !== filters.status) return h("td", { class: "filtered" }, h("span", { "aria-hidden": "true" }, "·"));
              return h("td", {}, cellButton(cell, lang, open));
            }),
          ),
        ),
      ),
    ),
  );
}

/** The board section's content. `onFilter` re-renders with new filters. */
export function renderBoard(board: StatusBoard, filters: BoardFilters, lang: Lang, dialog: HTMLDialogElement, onFilter: (filters: BoardFilters) => void): HTMLElement {
  const deadlines = new Map(board.deadlines.map((d) => [`${d.obligationId} ${d.period}`, d]));
  const deadlineOf = (c: BoardCell) => deadlines.get(`${c.obligationId} ${c.period}`);
  const open = (cell: BoardCell, button: HTMLButtonElement) => {
    const close = h("form", { method: "dialog", class: "dialog-close" }, h("button", { type: "submit", class: "close" }, t(lang, "close")));
    dialog.replaceChildren(h("div", { class: "dialog-head" }, h("h2", { id: "cell-dialog-title" }, `${cell.unitName[lang]} — ${cell.periodLabel[lang]}`), close), ...explanation(cell, deadlineOf(cell), lang));
    dialog.addEventListener("close", () => button.focus(), { once: true });
    dialog.showModal();
    dialog.scrollTop = 0;
  };
  const units = unique(board.cells.map((c) => c.unit)).map((u): [string, string] => [u, board.cells.find((c) => c.unit === u)!.unitName[lang]]);
  const periods = unique(board.cells.map((c) => c.period)).map((p): [string, string] => [p, board.cells.find((c) => c.period === p)!.periodLabel[lang]]);
  const all: [string, string] = ["", t(lang, "board.all")];
  const counts = h(
    "ul",
    { class: "legend counts", "aria-label": t(lang, "board.counts") },
    ...STATUS_ORDER.map((s: BoardStatus) => h("li", { "data-status": s }, h("span", { class: `status-chip s-${s}` }, STATUS_SYMBOL[s]), ` ${t(lang, `status.${s}`)}: `, h("strong", {}, String(board.counts[s])))),
  );
  const controls = h(
    "div",
    { class: "filters" },
    select("filter-unit", t(lang, "board.unit"), filters.unit, [all, ...units], (unit) => onFilter({ ...filters, unit })),
    select("filter-period", t(lang, "board.period"), filters.period, [all, ...periods], (period) => onFilter({ ...filters, period })),
    select("filter-status", t(lang, "board.status"), filters.status, [all, ...STATUS_ORDER.map((s): [string, string] => [s, t(lang, `status.${s}`)])], (status) => onFilter({ ...filters, status })),
  );
  const byObligation = new Map<string, BoardCell[]>();
  for (const c of board.cells) byObligation.set(c.obligationId, [...(byObligation.get(c.obligationId) ?? []), c]);
  const tables = [...byObligation.values()].map((cells) => obligationTable(cells, deadlineOf, filters, lang, open)).filter((x): x is HTMLElement => x !== null);
  return h("div", {}, counts, controls, ...(tables.length > 0 ? tables : [h("p", { class: "none" }, t(lang, "board.none"))]));
}
