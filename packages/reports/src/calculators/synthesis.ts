import { ok, type Result } from "@cchc/core";
import { TOPIC_CODES, type ActorId } from "@cchc/plan/codes";
import { validateAgencyCommunicationReport, type AgencyCommunicationReport } from "../agency-communication-report.js";
import { validateMonthlyMediaReport, type MonthlyMediaReport } from "../monthly-media-report.js";
import { failure, rejected } from "./failure.js";
import { MEDIA_CHANNEL_CODES, PRESENTATION_FORMS } from "../schemas/codes.js";
import { periodMonthRange, total } from "../schemas/common.js";
import { validateSynthesisReport, type SynthesisReport, type SynthesisReportInput } from "../synthesis-report.js";
import type { ReportValidationResult } from "../validate/validator.js";

/**
 * The reports to aggregate. Each may be a parsed report or raw JSON: every input is validated first
 * (an invalid input is an error naming it, never silently skipped).
 *
 * @example
 * ```ts
 * import type { SynthesisInput } from "@cchc/reports";
 *
 * const input: SynthesisInput = { media: [], agencies: [] };
 * ```
 *
 * @category Calculators
 */
export interface SynthesisInput {
  /** Monthly media reports (`monthly-media-report`). */
  readonly media?: readonly unknown[];
  /** Agency CCHC communication reports (`agency-communication-report`). */
  readonly agencies?: readonly unknown[];
}

/**
 * Options of {@link synthesizeReports}.
 *
 * @example
 * ```ts
 * import type { SynthesisOptions } from "@cchc/reports";
 *
 * const options: SynthesisOptions = { generatedAt: "2026-04-05T08:00:00+07:00", coverage: { from: "2026-01", to: "2026-03" } };
 * ```
 *
 * @category Calculators
 */
export interface SynthesisOptions {
  /** When the synthesis is computed (default: now, in UTC). */
  readonly generatedAt?: string;
  /** Who compiles it (default Sở Văn hóa, Thể thao và Du lịch, `so-vhttdl`). */
  readonly author?: SynthesisReportInput["author"];
  /** Who receives it (default the Chairman of the Provincial People's Committee, `chu-tich-ubnd-tinh`). */
  readonly recipient?: ActorId;
  /** Months covered (default: from the earliest to the latest monthly report). */
  readonly coverage?: { readonly from: string; readonly to: string };
  /** Two reports of the same unit and period: `"error"` (default) or keep the `"last"` one given. */
  readonly duplicates?: "error" | "last";
  /** The synthesis' own reference. */
  readonly reportId?: string;
  /** The synthesis' document number (số, ký hiệu). */
  readonly documentNumber?: string;
  /** Notes. */
  readonly notes?: string;
}

type Kind = "monthly-media-report" | "agency-communication-report";
type Unit = MonthlyMediaReport["unit"];

function validated<T>(
  inputs: readonly unknown[],
  kind: Kind,
  validate: (input: unknown, lang: "vi" | "en") => ReportValidationResult<T>,
): Result<T[]> {
  const out: T[] = [];
  for (const [index, input] of inputs.entries()) {
    const r = validate(input, "vi");
    if (!r.valid) return rejected("synthesis.invalid_input", { kind, index }, input, validate, r);
    out.push(r.value);
  }
  return ok(out);
}

function unitKey(unit: Unit): string {
  return [unit.actor, unit.communeCode ?? "", unit.name ?? ""].join("|");
}

function unitLabel(unit: Unit): string {
  return unit.communeCode ? `${unit.actor} ${unit.communeCode}` : unit.name ? `${unit.actor} (${unit.name})` : unit.actor;
}

/** Drops or reports reports of the same unit and period. */
function deduplicate<T extends { unit?: Unit; agency?: Unit }>(
  reports: readonly T[],
  kind: Kind,
  periodOf: (r: T) => string,
  mode: "error" | "last",
): Result<T[]> {
  const byKey = new Map<string, number>();
  const kept: (T | undefined)[] = [];
  for (const [index, report] of reports.entries()) {
    const unit = (report.unit ?? report.agency)!;
    const key = `${unitKey(unit)}#${periodOf(report)}`;
    const first = byKey.get(key);
    if (first !== undefined) {
      if (mode === "error") return failure("synthesis.duplicate_report", { kind, index, first, unit: unitLabel(unit), period: periodOf(report) });
      kept[first] = undefined;
    }
    byKey.set(key, index);
    kept.push(report);
  }
  return ok(kept.filter((r): r is T => r !== undefined));
}

const quarterOf = (month: string): string => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface MediaFigures {
  newsItems: number;
  articles: number;
  airtime: number[];
  sources: number[];
}

function mediaRows<K extends string>(groups: Map<K, MediaFigures>, keyName: string) {
  return [...groups.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([key, f]) => ({ [keyName]: key, newsItems: f.newsItems, articles: f.articles, airtimeMinutes: total(f.airtime), sources: f.sources }));
}

function add(groups: Map<string, MediaFigures>, key: string, r: MonthlyMediaReport, source: number): void {
  const f = groups.get(key) ?? { newsItems: 0, articles: 0, airtime: [], sources: [] };
  f.newsItems += r.totals.newsItems;
  f.articles += r.totals.articles;
  f.airtime.push(r.totals.airtimeMinutes);
  f.sources.push(source);
  groups.set(key, f);
}

function byCode<C extends string>(codes: readonly C[]): Map<C, { a: number; b: number[]; sources: number[]; reports: number }> {
  return new Map(codes.map((c) => [c, { a: 0, b: [], sources: [], reports: 0 }]));
}

function mediaSection(media: readonly MonthlyMediaReport[]) {
  const months = new Map<string, MediaFigures>();
  const quarters = new Map<string, MediaFigures>();
  const topics = byCode(TOPIC_CODES);
  const channels = byCode(MEDIA_CHANNEL_CODES);
  const forms = byCode(PRESENTATION_FORMS);
  const feedback = { received: 0, positive: 0, neutral: 0, negative: 0 };
  const summaries: { text: string; source: number }[] = [];
  const recommendations: { text: string; source: number }[] = [];
  media.forEach((r, source) => {
    add(months, r.month, r, source);
    add(quarters, quarterOf(r.month), r, source);
    for (const c of r.content) {
      const t = topics.get(c.topic)!;
      t.a += c.items ?? 0;
      t.reports += 1;
      t.sources.push(source);
    }
    for (const c of r.channels) {
      const t = channels.get(c.channel)!;
      t.a += c.items;
      t.b.push(c.airtimeMinutes ?? 0);
      t.sources.push(source);
    }
    for (const f of r.forms) {
      const t = forms.get(f.form)!;
      t.a += f.count;
      t.sources.push(source);
    }
    feedback.received += r.feedback.received ?? 0;
    feedback.positive += r.feedback.positive ?? 0;
    feedback.neutral += r.feedback.neutral ?? 0;
    feedback.negative += r.feedback.negative ?? 0;
    summaries.push({ text: r.feedback.summary, source });
    for (const text of r.recommendations) recommendations.push({ text, source });
  });
  const all = media.map((_, i) => i);
  type Tally = { a: number; b: number[]; sources: number[]; reports: number };
  const used = <C extends string>(m: Map<C, Tally>) => [...m.entries()].filter(([, v]) => v.sources.length > 0);
  return {
    reports: media.length,
    total: {
      newsItems: media.reduce((s, r) => s + r.totals.newsItems, 0),
      articles: media.reduce((s, r) => s + r.totals.articles, 0),
      airtimeMinutes: total(media.map((r) => r.totals.airtimeMinutes)),
      sources: all,
    },
    byMonth: mediaRows(months, "month") as { month: string; newsItems: number; articles: number; airtimeMinutes: number; sources: number[] }[],
    byQuarter: mediaRows(quarters, "quarter") as { quarter: string; newsItems: number; articles: number; airtimeMinutes: number; sources: number[] }[],
    byTopic: used(topics).map(([topic, v]) => ({ topic, reports: v.reports, items: v.a, sources: v.sources })),
    byChannel: used(channels).map(([channel, v]) => ({ channel, items: v.a, airtimeMinutes: total(v.b), sources: v.sources })),
    byForm: used(forms).map(([form, v]) => ({ form, count: v.a, sources: v.sources })),
    feedback: { ...feedback, sources: all, summaries },
    recommendations,
  };
}

function agencySection(agencies: readonly AgencyCommunicationReport[], offset: number) {
  const sum = (pick: (r: AgencyCommunicationReport) => number) => agencies.reduce((s, r) => s + pick(r), 0);
  return {
    reports: agencies.length,
    total: {
      directivesPublished: sum((r) => r.directives.published),
      proceduresPosted: sum((r) => r.procedures.posted),
      proceduresUpdated: sum((r) => r.procedures.updated),
      briefingSessions: sum((r) => r.staffBriefings.sessions),
      briefingParticipants: sum((r) => r.staffBriefings.participants),
      pressMaterials: sum((r) => r.pressMaterials.items),
      legalActivities: sum((r) => r.legalDissemination.activities),
      sources: agencies.map((_, i) => offset + i),
    },
    proposedFocalContent: agencies.flatMap((r, i) => r.proposedFocalContent.map((p) => ({ topic: p.topic, content: p.content, source: offset + i }))),
    difficulties: agencies.flatMap((r, i) => r.difficulties.map((text) => ({ text, source: offset + i }))),
  };
}

function source(kind: Kind, unit: Unit, period: string, r: { reportId?: string | undefined; submittedAt?: string | undefined }) {
  return {
    schemaId: kind,
    unit: { actor: unit.actor, ...(unit.name !== undefined && { name: unit.name }), ...(unit.communeCode !== undefined && { communeCode: unit.communeCode }) },
    period,
    ...(r.reportId !== undefined && { reportId: r.reportId }),
    ...(r.submittedAt !== undefined && { submittedAt: r.submittedAt }),
  };
}

/**
 * Aggregates any number of monthly media reports and agency CCHC communication reports into the
 * synthesis report of Sở Văn hóa, Thể thao và Du lịch to the Chairman (plan V.2, V.5): totals by month,
 * quarter, topic, channel and form of presentation, feedback, recommendations, the agencies' totals,
 * proposals and difficulties. Every figure lists the sources that fed it, as indices into `sources`
 * (sorted by period and unit, so the output does not depend on the input order). The inputs are
 * validated first and the output is validated against the synthesis schema before it is returned.
 *
 * @param input - The reports (parsed or raw JSON).
 * @param options - Coverage, author, recipient, time of computation, duplicate policy.
 * @returns The synthesis, or an error (`synthesis.invalid_input`, `synthesis.duplicate_report`,
 *   `synthesis.outside_coverage`, `synthesis.empty`, `synthesis.invalid_output`).
 * @example
 * ```ts
 * import { synthesizeReports } from "@cchc/reports";
 *
 * declare const january: unknown, february: unknown; // two monthly media reports (JSON)
 * const r = synthesizeReports({ media: [january, february] }, { generatedAt: "2026-03-12T08:00:00+07:00" });
 * if (r.ok) r.value.media.byMonth.map((m) => [m.month, m.newsItems, m.sources]);
 * ```
 *
 * @category Calculators
 */
export function synthesizeReports(input: SynthesisInput, options: SynthesisOptions = {}): Result<SynthesisReport> {
  const mode = options.duplicates ?? "error";
  const mediaChecked = validated(input.media ?? [], "monthly-media-report", validateMonthlyMediaReport);
  if (!mediaChecked.ok) return mediaChecked;
  const agencyChecked = validated(input.agencies ?? [], "agency-communication-report", validateAgencyCommunicationReport);
  if (!agencyChecked.ok) return agencyChecked;
  const mediaUnique = deduplicate(mediaChecked.value, "monthly-media-report", (r) => r.month, mode);
  if (!mediaUnique.ok) return mediaUnique;
  const agencyUnique = deduplicate(agencyChecked.value, "agency-communication-report", (r) => r.period, mode);
  if (!agencyUnique.ok) return agencyUnique;

  const months = mediaUnique.value.map((r) => r.month).sort(compare);
  const coverage = options.coverage ?? (months.length > 0 ? { from: months[0]!, to: months.at(-1)! } : undefined);
  if (!coverage) return failure("synthesis.empty", {});
  for (const [index, r] of mediaUnique.value.entries()) {
    if (r.month < coverage.from || r.month > coverage.to) {
      return failure("synthesis.outside_coverage", { kind: "monthly-media-report", index, period: r.month, from: coverage.from, to: coverage.to });
    }
  }
  for (const [index, r] of agencyUnique.value.entries()) {
    const { first, last } = periodMonthRange(r.period);
    if (last < coverage.from || first > coverage.to) {
      return failure("synthesis.outside_coverage", { kind: "agency-communication-report", index, period: r.period, from: coverage.from, to: coverage.to });
    }
  }

  const media = [...mediaUnique.value].sort((a, b) => compare(a.month, b.month) || compare(unitKey(a.unit), unitKey(b.unit)));
  const agencies = [...agencyUnique.value].sort(
    (a, b) => compare(periodMonthRange(a.period).first, periodMonthRange(b.period).first) || compare(a.period, b.period) || compare(unitKey(a.agency), unitKey(b.agency)),
  );
  const synthesis: SynthesisReportInput = {
    schemaVersion: 1,
    ...(options.reportId !== undefined && { reportId: options.reportId }),
    ...(options.documentNumber !== undefined && { documentNumber: options.documentNumber }),
    author: options.author ?? { actor: "so-vhttdl" },
    recipient: options.recipient ?? "chu-tich-ubnd-tinh",
    coverage: { from: coverage.from, to: coverage.to },
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    sources: [
      ...media.map((r) => source("monthly-media-report", r.unit, r.month, r)),
      ...agencies.map((r) => source("agency-communication-report", r.agency, r.period, r)),
    ],
    media: mediaSection(media),
    agencies: agencySection(agencies, media.length),
    ...(options.notes !== undefined && { notes: options.notes }),
  };
  const checked = validateSynthesisReport(synthesis, "vi");
  if (!checked.valid) return rejected("synthesis.invalid_output", {}, synthesis, validateSynthesisReport, checked);
  return ok(checked.value);
}
