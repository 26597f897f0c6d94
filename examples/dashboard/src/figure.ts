/**
 * A chart with its data table: the chart (Observable Plot's SVG, labelled for assistive technology) for
 * the eye, the table for screen readers and for anyone who wants the figures — always in the page
 * (visually hidden until "Show data table"), so it can be read, copied and checked.
 */
import type { Lang } from "@cchc/core";
import { h } from "./dom.js";
import { t } from "./texts.js";

/** A data table: column headers, rows (first cell the row header), an optional totals row; each value cell keyed for tests and tools. */
export interface DataTable {
  readonly columns: readonly { readonly key: string; readonly label: string }[];
  readonly rows: readonly { readonly key: string; readonly label: string; readonly values: readonly (string | number | null)[] }[];
  readonly total?: { readonly label: string; readonly values: readonly (string | number | null)[] };
  readonly format: (value: number) => string;
}

function valueCell(value: string | number | null, column: string, row: string, format: (v: number) => string): HTMLTableCellElement {
  const text = value === null ? "—" : typeof value === "number" ? format(value) : value;
  return h("td", { "data-row": row, "data-column": column, ...(typeof value === "number" ? { "data-value": value } : {}) }, text);
}

function table(id: string, caption: string, data: DataTable): HTMLTableElement {
  const [corner, ...valueColumns] = data.columns;
  return h(
    "table",
    { class: "data", id: `${id}-table` },
    h("caption", {}, caption),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, corner!.label), ...valueColumns.map((c) => h("th", { scope: "col", "data-column": c.key }, c.label)))),
    h("tbody", {}, ...data.rows.map((r) => h("tr", { "data-row": r.key }, h("th", { scope: "row" }, r.label), ...r.values.map((v, i) => valueCell(v, valueColumns[i]!.key, r.key, data.format))))),
    ...(data.total ? [h("tfoot", {}, h("tr", { "data-row": "total" }, h("th", { scope: "row" }, data.total.label), ...data.total.values.map((v, i) => valueCell(v, valueColumns[i]!.key, "total", data.format))))] : []),
  );
}

/** A `<figure>`: title, chart, a button to show the table, the table. */
export function chartFigure(id: string, title: string, chart: Element, data: DataTable, lang: Lang, note?: string): HTMLElement {
  const tableElement = table(id, title, data);
  const wrapper = h("div", { class: "data-wrapper sr-only", id: `${id}-data` }, tableElement);
  const toggle = h("button", { type: "button", class: "toggle-table", "aria-controls": `${id}-data`, "aria-expanded": "false" }, t(lang, "trends.showTable"));
  toggle.addEventListener("click", () => {
    const shown = wrapper.classList.toggle("sr-only") === false;
    toggle.setAttribute("aria-expanded", String(shown));
    toggle.textContent = t(lang, shown ? "trends.hideTable" : "trends.showTable");
  });
  return h("figure", { class: "chart", id }, h("figcaption", {}, title), chart, ...(note ? [h("p", { class: "note" }, note)] : []), toggle, wrapper);
}
