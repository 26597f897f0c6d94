/**
 * The plan's dashboard: loads the year's data from the intake's API once, then renders the calendar,
 * the board, the trends, the procedure indicators and the difficulties — in Vietnamese unless the
 * switch (or `?lang=en`) says English. Filters and the language re-render from memory: after the first
 * load the page needs no network.
 */
import type { Lang } from "@cchc/core";
import { holdsSampleData, loadDashboardData, type DashboardData } from "./api.js";
import { renderBoard, type BoardFilters } from "./board-view.js";
import { renderCalendar } from "./calendar-view.js";
import { renderDifficulties } from "./difficulties-view.js";
import { formatInstant, vietnamDateOf } from "./format.js";
import { renderProcedures } from "./procedures-view.js";
import { t, type TextKey } from "./texts.js";
import { renderTrends } from "./trends-view.js";
import "./style.css";

/** The plan's year. */
const YEAR = 2026;
/** In the page's order: the board first (what people look for), then the calendar behind it. */
const SECTIONS = ["board", "calendar", "trends", "procedures", "difficulties"] as const;

const byId = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
const query = new URLSearchParams(location.search);
let lang: Lang = query.get("lang") === "en" ? "en" : "vi";
let data: DashboardData | undefined;
let filters: BoardFilters = { unit: "", period: "", status: "" };
let procedureReport = "";
const dialog = byId<HTMLDialogElement>("cell-dialog");
const languageSelect = byId<HTMLSelectElement>("lang");

/** Chart width: one column of the charts' grid (two side by side from 64rem, as in style.css). */
function chartWidth(): number {
  const content = byId("trends").querySelector<HTMLElement>(".content")!.clientWidth || 720;
  const columns = window.matchMedia("(min-width: 64rem)").matches ? 2 : 1;
  return Math.max(260, Math.floor((content - (columns - 1) * 24) / columns));
}

function section(id: (typeof SECTIONS)[number]): { content: HTMLElement } {
  const element = byId(id);
  element.querySelector("h2")!.textContent = t(lang, `${id}.title` as TextKey);
  element.querySelector(".intro")!.textContent = t(lang, `${id}.intro` as TextKey);
  return { content: element.querySelector<HTMLElement>(".content")! };
}

function renderChrome(): void {
  document.documentElement.lang = lang;
  document.title = t(lang, "title");
  byId("title").textContent = t(lang, "title");
  byId("subtitle").textContent = t(lang, "subtitle");
  byId("lang-label").textContent = t(lang, "language");
  languageSelect.value = lang;
  const nav = byId("nav");
  nav.setAttribute("aria-label", t(lang, "nav"));
  const list = document.createElement("ul");
  for (const id of SECTIONS) {
    const a = document.createElement("a");
    a.href = `#${id}`;
    a.textContent = t(lang, `${id}.title` as TextKey);
    const li = document.createElement("li");
    li.append(a);
    list.append(li);
  }
  nav.replaceChildren(list);
  const skip = document.querySelector<HTMLAnchorElement>("a.skip")!;
  skip.textContent = t(lang, "board.title");
}

function renderBoardSection(d: DashboardData): void {
  section("board").content.replaceChildren(
    renderBoard(d.board, filters, lang, dialog, (next) => {
      filters = next;
      const focused = document.activeElement?.id;
      renderBoardSection(d);
      if (focused) document.getElementById(focused)?.focus();
    }),
  );
}

function renderProceduresSection(d: DashboardData): void {
  section("procedures").content.replaceChildren(
    renderProcedures(d.procedures, procedureReport, chartWidth(), lang, (id) => {
      procedureReport = id;
      renderProceduresSection(d);
      document.getElementById("procedure-report")?.focus();
    }),
  );
}

function renderAll(): void {
  renderChrome();
  if (!data) return;
  const d = data;
  byId("state").textContent = t(lang, "asOf", { date: formatInstant(d.board.at, lang) });
  const sample = byId("sample");
  sample.hidden = !holdsSampleData(d);
  sample.textContent = t(lang, "sample");
  section("calendar").content.replaceChildren(renderCalendar(YEAR, d.board.deadlines, vietnamDateOf(d.board.at), lang));
  renderBoardSection(d);
  section("trends").content.replaceChildren(renderTrends(d.media, chartWidth(), lang));
  renderProceduresSection(d);
  section("difficulties").content.replaceChildren(renderDifficulties(d.difficulties, lang));
}

languageSelect.addEventListener("change", () => {
  lang = languageSelect.value === "en" ? "en" : "vi";
  const url = new URL(location.href);
  url.searchParams.set("lang", lang);
  history.replaceState(null, "", url);
  if (dialog.open) dialog.close();
  renderAll();
});

let resizeTimer: number | undefined;
let lastWidth = chartWidth();
window.addEventListener("resize", () => {
  clearTimeout(resizeTimer);
  resizeTimer = window.setTimeout(() => {
    if (!data || chartWidth() === lastWidth) return;
    lastWidth = chartWidth();
    section("trends").content.replaceChildren(renderTrends(data.media, lastWidth, lang));
    renderProceduresSection(data);
  }, 150);
});

renderChrome();
for (const id of SECTIONS) section(id);
loadDashboardData(YEAR)
  .then((loaded) => {
    data = loaded;
    renderAll();
    document.body.dataset["ready"] = "true";
    performance.mark("dashboard-rendered");
  })
  .catch((error: unknown) => {
    const state = byId("state");
    state.setAttribute("role", "alert");
    state.textContent = t(lang, "loadFailed", { detail: error instanceof Error ? error.message : String(error) });
    document.body.dataset["ready"] = "error";
  });
