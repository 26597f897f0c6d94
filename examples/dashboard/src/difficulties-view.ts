/** The difficulties (GET /difficulties?open=false): the open ones first, with who raised them and what they propose; then the resolved ones. */
import type { Lang } from "@cchc/core";
import type { Difficulties, DifficultyEntry } from "@cchc/intake";
import { actors, channels, topics } from "@cchc/plan/codes";
import { h } from "./dom.js";
import { formatDate, vietnamDateOf } from "./format.js";
import { t } from "./texts.js";

interface Item {
  readonly title: string;
  readonly description: string;
  readonly topic?: string;
  readonly channel?: string;
  readonly proposal?: string;
  readonly decisionBy?: string;
}
interface Report {
  readonly from: { readonly actor: string; readonly name?: string };
  readonly reportedOn: string;
  readonly items: readonly Item[];
}

function card(entry: DifficultyEntry, lang: Lang): HTMLElement {
  const report = entry.report as unknown as Report;
  const who = report.from.name ?? actors.find((a) => a.id === report.from.actor)?.name[lang] ?? entry.unit;
  const label = (list: readonly { code: string; name: { vi: string; en: string } }[], code: string | undefined) => (code ? `${code} — ${list.find((x) => x.code === code)?.name[lang] ?? ""}` : undefined);
  return h(
    "article",
    { class: "difficulty", "data-report": entry.id, "data-open": String(entry.resolution === null) },
    h("p", { class: "meta" }, h("strong", {}, `${t(lang, "difficulties.from")}: ${who}`), ` · ${t(lang, "difficulties.reportedOn")}: ${formatDate(report.reportedOn, lang)}`, entry.resolution ? ` · ${t(lang, "difficulties.resolvedOn", { date: formatDate(vietnamDateOf(entry.resolution.resolvedAt), lang) })}` : ""),
    ...report.items.map((item) => {
      const tags = [label(topics, item.topic), label(channels, item.channel)].filter((x): x is string => x !== undefined);
      const decider = item.decisionBy ? actors.find((a) => a.id === item.decisionBy)?.name[lang] ?? item.decisionBy : undefined;
      return h(
        "div",
        { class: "item" },
        h("h4", {}, item.title),
        h("p", {}, item.description),
        ...(tags.length > 0 ? [h("p", { class: "tags" }, ...tags.map((x) => h("span", { class: "tag" }, x)))] : []),
        ...(item.proposal ? [h("p", {}, h("strong", {}, `${t(lang, "difficulties.proposal")}: `), item.proposal)] : []),
        ...(decider ? [h("p", { class: "note" }, `${t(lang, "difficulties.decisionBy")}: ${decider}`)] : []),
      );
    }),
    ...(entry.resolution?.note ? [h("p", { class: "note" }, entry.resolution.note)] : []),
  );
}

/** The difficulties section's content. */
export function renderDifficulties(data: Difficulties, lang: Lang): HTMLElement {
  const open = data.reports.filter((r) => r.resolution === null);
  const resolved = data.reports.filter((r) => r.resolution !== null);
  return h(
    "div",
    {},
    h("h3", { id: "difficulties-open" }, t(lang, "difficulties.open", { count: open.length })),
    ...(open.length > 0 ? open.map((r) => card(r, lang)) : [h("p", {}, t(lang, "difficulties.none"))]),
    h("details", { class: "resolved" }, h("summary", {}, t(lang, "difficulties.resolved", { count: resolved.length })), ...resolved.map((r) => card(r, lang))),
  );
}
