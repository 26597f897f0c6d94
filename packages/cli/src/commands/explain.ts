import { defineCatalogue, formatCitation, formatMessage, labelText, type Lang, type MessageParams } from "@cchc/core";
import { EXIT_CODES } from "../exit-codes.js";
import { writeText } from "../io.js";
import { defineCommand } from "./command.js";
import type { ExplainJson } from "./deadlines-json.js";
import { jsonText, writeFailure } from "./outcome.js";

const messages = /* @__PURE__ */ defineCatalogue({
  vi: {
    description: "giải thích hạn của một nghĩa vụ báo cáo trong một kỳ: cách tính, các cách hiểu, căn cứ",
    "arg.obligation": "mã nghĩa vụ, ví dụ media-monthly-report, hoặc mã lược đồ của báo cáo (monthly-media-report); xem cchc deadlines",
    "arg.period": "kỳ báo cáo: 2026-02, 2026-Q1, 2026-H1, 2026-9M hoặc 2026",
    heading: "{what} — {period}",
    parties: "{who} → {to}",
    copy: "Đồng gửi: {copy}",
    source: "Quy định: {source}",
    precedence: "Thứ tự áp dụng: {text}",
  },
  en: {
    description: "explain the due date of a reporting obligation for one period: computation, readings, sources",
    "arg.obligation": "obligation id, e.g. media-monthly-report, or the schema id of its report (monthly-media-report); see cchc deadlines",
    "arg.period": "reporting period: 2026-02, 2026-Q1, 2026-H1, 2026-9M or 2026",
    heading: "{what} — {period}",
    parties: "{who} → {to}",
    copy: "Copy to: {copy}",
    source: "Set by: {source}",
    precedence: "Precedence: {text}",
  },
});

type Key = keyof typeof messages.vi;

function text(lang: Lang, key: Key, params: MessageParams = {}): string {
  return formatMessage(messages, key, params, lang);
}

function describe(lang: Lang, e: ExplainJson): string {
  const names = (list: ExplainJson["who"]): string => list.map((p) => labelText(p.name, lang)).join(", ");
  const lines = [
    text(lang, "heading", { what: labelText(e.what, lang), period: labelText(e.periodLabel, lang) }),
    text(lang, "parties", { who: names(e.who), to: names(e.to) }),
    ...(e.copyTo.length > 0 ? [text(lang, "copy", { copy: names(e.copyTo) })] : []),
    text(lang, "source", { source: formatCitation(e.source, lang) + (e.source.quote ? `: "${e.source.quote}"` : "") }),
    "",
    e.explanation,
    ...(e.precedence ? ["", text(lang, "precedence", { text: labelText(e.precedence, lang) })] : []),
  ];
  return `${lines.join("\n")}\n`;
}

/** `cchc explain <obligation> <period>`: `explainDeadline` of `@cchc/deadlines` on the plan's obligation. */
export const explainCommand = /* @__PURE__ */ defineCommand<Key>({
  name: "explain",
  examples: ["cchc explain media-monthly-report 2026-02", "cchc explain monthly-media-report 2026-04 --lang en", "cchc explain agencies-cchc-report 2026-Q1 --json"],
  messages,
  configure: (command, t) => {
    command.argument("<obligation>", t("arg.obligation")).argument("<period>", t("arg.period"));
  },
  run: async (context, { args }) => {
    const { io, lang, t } = context;
    const [id, periodText] = args as [string, string];
    const plan = await import("../lazy/plan-deadlines.js");
    const shipped = plan.shippedPlan();
    const obligation = plan.findObligation(shipped, id);
    if (obligation === undefined) {
      const message = t("usage.unknown_obligation", { id: id.slice(0, 100), known: plan.obligationIds(shipped).join(", ") });
      const { closestMatch } = await import("../suggest.js");
      const suggestion = closestMatch(id, plan.obligationNames(shipped));
      await writeText(io.stderr, `${t("usage.error", { message })}\n${suggestion === undefined ? "" : `${t("usage.suggestion", { suggestion })}\n`}`);
      return EXIT_CODES.usage;
    }
    const period = plan.planPeriod(shipped, obligation, periodText);
    if (!period.ok) return writeFailure(context, period.error, periodText);
    const evaluated = plan.evaluate(obligation, period.value);
    if (!evaluated.ok) return writeFailure(context, evaluated.error);
    const { evaluation, precedence } = evaluated.value;
    const result: ExplainJson = {
      ...plan.deadlineJson(obligation, period.value, evaluation),
      explanation: plan.explainDeadline(evaluation, lang),
      evaluation,
      precedence: precedence?.text ?? null,
    };
    await writeText(io.stdout, context.json ? jsonText(result) : describe(lang, result));
    return EXIT_CODES.ok;
  },
});
