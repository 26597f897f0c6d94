import { defineCatalogue, formatMessage, labelText, type Lang, type MessageParams } from "@cchc/core";
import { EXIT_CODES } from "../exit-codes.js";
import { writeText } from "../io.js";
import { parseYear } from "./arguments.js";
import { defineCommand, type CommandContext } from "./command.js";
import type { DeadlineJson, PartyJson } from "./deadlines-json.js";
import { jsonText, writeFailure } from "./outcome.js";
import { weekdayName } from "./weekday.js";

const messages = /* @__PURE__ */ defineCatalogue({
  vi: {
    description: "các nghĩa vụ báo cáo của Kế hoạch và hạn của từng kỳ trong một năm",
    "arg.year": "năm của các kỳ báo cáo, ví dụ 2026 (báo cáo tháng 12 có hạn vào tháng 1 năm sau); mặc định: năm hiện tại theo giờ Việt Nam",
    "option.actor": "chỉ các nghĩa vụ mà đơn vị này phải thực hiện (mã đơn vị trong kế hoạch, ví dụ so-y-te)",
    "option.ics": "xuất tệp iCalendar (RFC 5545) có nhắc hạn thay vì bảng",
    heading: "Hạn báo cáo của các kỳ năm {year} — {plan}",
    "heading.actor": "Hạn báo cáo của các kỳ năm {year} mà {actor} phải thực hiện — {plan}",
    entry: "{due} {weekday} {what} — {period}{estimated}{unconfirmed}",
    parties: "{who} → {to}",
    ambiguous: "Văn bản có nhiều cách hiểu: nộp đến {earliest} là đúng hạn theo mọi cách hiểu; muộn nhất {latest} theo một cách hiểu.",
    confidence: "Độ tin cậy của quy định: {confidence}.",
    "confidence.unconfirmed": "Độ tin cậy của quy định: UNCONFIRMED — hạn này chưa được xác nhận.",
    unconfirmed: " (chưa được xác nhận)",
    explain: "Giải thích: cchc explain {obligation} {period}",
    estimated: " (ước tính)",
    count: "{count} lần nộp.",
    none: "Không có hạn báo cáo nào.",
    problem: "✖ {occurrence}: {reason}",
    "ics.name": "Hạn báo cáo {year}",
  },
  en: {
    description: "the plan's reporting obligations and the due date of each period in a year",
    "arg.year": "year of the reporting periods, e.g. 2026 (December's report is due in January of the next year); default: the current year in Việt Nam",
    "option.actor": "only the obligations this actor owes (the plan's actor id, e.g. so-y-te)",
    "option.ics": "print an iCalendar file (RFC 5545) with reminders instead of the table",
    heading: "Reporting due dates for the periods of {year} — {plan}",
    "heading.actor": "Reporting due dates for the periods of {year} owed by {actor} — {plan}",
    entry: "{due} {weekday} {what} — {period}{estimated}{unconfirmed}",
    parties: "{who} → {to}",
    ambiguous: "The wording admits several readings: submitting by {earliest} is on time under every reading; {latest} at the latest under one reading.",
    confidence: "Confidence of the rule: {confidence}.",
    "confidence.unconfirmed": "Confidence of the rule: UNCONFIRMED — this due date is not confirmed.",
    unconfirmed: " (UNCONFIRMED)",
    explain: "Explanation: cchc explain {obligation} {period}",
    estimated: " (estimated)",
    count: "{count} submission(s).",
    none: "No reporting due date.",
    problem: "✖ {occurrence}: {reason}",
    "ics.name": "Reporting due dates {year}",
  },
});

type Key = keyof typeof messages.vi;

const INDENT = " ".repeat(15);

function text(lang: Lang, key: Key, params: MessageParams = {}): string {
  return formatMessage(messages, key, params, lang);
}

const names = (parties: readonly PartyJson[], lang: Lang): string => parties.map((p) => labelText(p.name, lang)).join(", ");

function describe(context: CommandContext, heading: string, list: readonly DeadlineJson[]): string {
  const { lang } = context;
  const lines = [heading];
  for (const d of list) {
    const estimated = d.estimated ? text(lang, "estimated") : "";
    const confidence = d.source.confidence;
    const unconfirmed = confidence === "UNCONFIRMED";
    lines.push(
      text(lang, "entry", {
        due: d.due,
        weekday: weekdayName(context, d.due).padEnd(3),
        what: labelText(d.what, lang),
        period: labelText(d.periodLabel, lang),
        estimated,
        unconfirmed: unconfirmed ? text(lang, "unconfirmed") : "",
      }),
    );
    lines.push(INDENT + text(lang, "parties", { who: names(d.who, lang), to: names(d.to, lang) }));
    lines.push(INDENT + (unconfirmed ? text(lang, "confidence.unconfirmed") : text(lang, "confidence", { confidence })));
    if (d.ambiguous) lines.push(INDENT + text(lang, "ambiguous", { earliest: d.earliestSafe, latest: d.latestSafe }));
    lines.push(INDENT + text(lang, "explain", { obligation: d.obligation, period: d.period }));
  }
  lines.push(list.length === 0 ? text(lang, "none") : text(lang, "count", { count: list.length }));
  return `${lines.join("\n")}\n`;
}

/** `cchc deadlines [year] [--actor <id>] [--ics]`: the plan's schedule (this year's by default), loaded only when it runs. */
export const deadlinesCommand = /* @__PURE__ */ defineCommand<Key>({
  name: "deadlines",
  examples: ["cchc deadlines", "cchc deadlines 2026 --actor bao-ptth-bac-ninh", "cchc deadlines 2026 --ics > han-bao-cao-2026.ics"],
  messages,
  configure: (command, t) => {
    command.argument("[year]", t("arg.year")).option("--actor <id>", t("option.actor")).option("--ics", t("option.ics"));
  },
  run: async (context, { args, options }) => {
    const { io, lang } = context;
    const plan = await import("../lazy/plan-deadlines.js");
    const input = (args[0] as string | undefined) ?? String(plan.currentYear(context.now()));
    const year = parseYear(input);
    if (!year.ok) return writeFailure(context, year.error, input);
    const shipped = plan.shippedPlan();
    const actor = options["actor"] as string | undefined;
    const schedule = plan.planSchedule(shipped, year.value, actor);
    if (!schedule.ok) {
      if (schedule.error.code !== "plan.unknown_actor") return writeFailure(context, schedule.error, input);
      const message = context.t("usage.unknown_actor", { reason: schedule.error.localized(lang), known: plan.reportingActorIds(shipped).join(", ") });
      await writeText(io.stderr, `${context.t("usage.error", { message })}\n`);
      return EXIT_CODES.usage;
    }
    const { occurrences, problems } = schedule.value;
    const list = occurrences.map((o) => plan.deadlineJson(o.obligation, o.period, o.evaluation));
    if (options["ics"] === true) {
      const ics = plan.toICalendar(occurrences, { lang, name: text(lang, "ics.name", { year: year.value }) });
      if (!ics.ok) return writeFailure(context, ics.error);
      await writeText(io.stdout, ics.value);
    } else if (context.json) {
      await writeText(io.stdout, jsonText(list));
    } else {
      const planTitle = labelText(shipped.metadata.title, lang);
      const actorName = actor === undefined ? undefined : shipped.actors.find((a) => a.id === actor);
      const heading =
        actorName === undefined
          ? text(lang, "heading", { year: year.value, plan: planTitle })
          : text(lang, "heading.actor", { year: year.value, actor: labelText(actorName.name, lang), plan: planTitle });
      await writeText(io.stdout, describe(context, heading, list));
    }
    // An obligation or period that could not be dated is never dropped silently.
    const reasons = problems.map((p) => text(lang, "problem", { occurrence: [p.obligationId, p.periodId].filter((x) => x !== null).join(" "), reason: p.error.localized(lang) }));
    await writeText(io.stderr, reasons.map((r) => `${r}\n`).join(""));
    return problems.length === 0 ? EXIT_CODES.ok : EXIT_CODES.invalid;
  },
});
