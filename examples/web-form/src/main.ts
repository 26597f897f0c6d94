/**
 * The page: renders the form, validates on every keystroke with `validateMonthlyMediaReport` (the only
 * validator in the bundle) and the strict JSON check of the file it offers (`checkReport`), and shows
 * each message beside its input, in Vietnamese unless the language switch (or `?lang=en`) says English.
 */
import type { Lang } from "@cchc/core";
import { monthlyMediaReport } from "@cchc/reports/monthly-media-report";
import { h } from "./dom.js";
import { FORM } from "./form-spec.js";
import { addRow, initialState, removeRow, toPayload, writeInput } from "./form-state.js";
import { isVisible, placeIssues } from "./issue-placement.js";
import { renderParts } from "./render.js";
import { checkReport } from "./report-check.js";
import { t } from "./texts.js";
import "./style.css";

const state = initialState();
let lang: Lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "vi";
let download: string | undefined;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = byId<HTMLFormElement>("report");
const parts = byId<HTMLDivElement>("parts");
const status = byId<HTMLParagraphElement>("status");
const formIssues = byId<HTMLUListElement>("form-issues");
const output = byId<HTMLElement>("output");
const languageSelect = byId<HTMLSelectElement>("lang");

function render(): void {
  document.documentElement.lang = lang;
  document.title = monthlyMediaReport.title[lang];
  byId("title").textContent = monthlyMediaReport.title[lang];
  byId("subtitle").textContent = t(lang, "subtitle");
  byId("lang-label").textContent = t(lang, "language");
  byId("check").textContent = t(lang, "check");
  byId("form-issues-title").textContent = t(lang, "formIssues");
  byId("download").textContent = t(lang, "download");
  languageSelect.value = lang;
  parts.replaceChildren(...renderParts(state, lang));
}

/** Validates the current state and shows the messages; returns the result. */
function refresh() {
  const result = checkReport(toPayload(state), lang);
  const slots = [...form.querySelectorAll<HTMLElement>("[data-anchor]")];
  const placed = placeIssues(result.issues, new Set(slots.map((s) => s.dataset["anchor"]!)));
  for (const slot of slots) {
    const anchor = slot.dataset["anchor"]!;
    const messages = isVisible(anchor, state.touched, state.submitted) ? (placed.get(anchor) ?? []) : [];
    slot.textContent = messages.join(" ");
    form.querySelector(`[data-pointer="${anchor}"]`)?.setAttribute("aria-invalid", String(messages.length > 0));
  }
  const general = state.submitted ? (placed.get("") ?? []) : [];
  formIssues.replaceChildren(...general.map((m) => h("li", {}, m)));
  byId("form-issues-box").hidden = general.length === 0;
  status.textContent = result.valid ? t(lang, "valid") : t(lang, "invalid", result.issues.length);
  status.className = result.valid ? "status ok" : "status bad";
  if (!result.valid) output.hidden = true;
  return result;
}

function onEdit(event: Event): void {
  const input = event.target as HTMLInputElement;
  const part = FORM.find((p) => p.id === input.dataset["part"]);
  const spec = part?.fields.find((f) => f.key === input.dataset["key"]);
  if (!part || !spec) return;
  const row = input.dataset["row"] === undefined ? undefined : Number(input.dataset["row"]);
  writeInput(state, part, spec, input.value, row);
  refresh();
}

form.addEventListener("input", onEdit);
form.addEventListener("change", onEdit);

form.addEventListener("click", (event) => {
  const button = (event.target as HTMLElement).closest("button");
  const part = FORM.find((p) => p.id === (button?.dataset["add"] ?? button?.dataset["remove"]));
  if (!button || !part) return;
  if (button.dataset["add"]) addRow(state, part);
  else removeRow(state, part, Number(button.dataset["row"]));
  render();
  refresh();
  if (button.dataset["add"]) byId(`part-${part.id}`).querySelector<HTMLElement>(".row:last-of-type [data-pointer]")?.focus();
});

form.addEventListener("submit", (event) => {
  event.preventDefault();
  state.submitted = true;
  const result = refresh();
  if (!result.valid) {
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    return;
  }
  const json = result.json;
  byId("json").textContent = json;
  if (download) URL.revokeObjectURL(download);
  download = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const link = byId<HTMLAnchorElement>("download");
  link.href = download;
  link.download = `monthly-media-report-${result.month}.json`;
  output.hidden = false;
});

languageSelect.addEventListener("change", () => {
  lang = languageSelect.value === "en" ? "en" : "vi";
  const url = new URL(location.href);
  url.searchParams.set("lang", lang);
  history.replaceState(null, "", url);
  render();
  refresh();
});

render();
refresh();
