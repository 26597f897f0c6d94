/**
 * The rules of a monthly media report that tie its figures together beyond the sections' sums: airtime
 * only where there is air, and every figure stated twice stated the same — the forms of presentation
 * against the totals, each channel's airtime against its sections', and each section's broadcasts
 * against its editions and airtime. Each is a documented entry of `CROSS_FIELD_RULES`. They run on
 * every valid report, so they are plain loops that allocate little (the validator's speed is measured
 * against ajv by `pnpm bench`).
 */
import { AIR_CHANNEL_CODES, FORM_TOTALS, type PresentationForm } from "./codes.js";
import { pointer, sameFigure, type Path, type RuleSink } from "./common.js";

interface Section {
  readonly name: string;
  readonly channel: string;
  readonly airtimeMinutes: number;
  readonly editions?: number | undefined;
}

interface OnChannel {
  readonly channel: string;
  readonly airtimeMinutes?: number | undefined;
}

/** What the rules read of a structurally valid monthly media report. */
export interface MediaFigures {
  readonly totals: { readonly newsItems: number; readonly articles: number };
  readonly sections: readonly Section[];
  readonly broadcasts: readonly OnChannel[];
  readonly forms: readonly { readonly form: PresentationForm; readonly count: number }[];
  readonly channels: readonly OnChannel[];
}

const AIR: ReadonlySet<string> = /* @__PURE__ */ new Set(AIR_CHANNEL_CODES);

const shortName = (name: string): string => (name.length > 60 ? `${name.slice(0, 60)}…` : name);

/** Rounds a sum to 1/1000, as the other sums of the validators are (no float noise in the comparisons). */
const rounded = (sum: number): number => Math.round(sum * 1000) / 1000;

/** The forms counted toward each total, as the messages name them ("article + reportage + talk-show"). */
const formNames = (key: "newsItems" | "articles"): string =>
  Object.keys(FORM_TOTALS)
    .filter((form) => FORM_TOTALS[form as PresentationForm] === key)
    .join(" + ");

function checkAirtimeOf(list: "sections" | "broadcasts" | "channels", entries: readonly OnChannel[], sink: RuleSink): void {
  for (let i = 0; i < entries.length; i++) {
    const { channel, airtimeMinutes } = entries[i]!;
    if (airtimeMinutes !== undefined && airtimeMinutes > 0 && !AIR.has(channel)) {
      sink.add([list, i, "airtimeMinutes"], "report.airtime_without_air", { channel, value: airtimeMinutes });
    }
  }
}

/** Airtime belongs to radio and television: a section, broadcast or channel elsewhere states none. */
export function checkAirtime(report: MediaFigures, sink: RuleSink): void {
  checkAirtimeOf("sections", report.sections, sink);
  checkAirtimeOf("broadcasts", report.broadcasts, sink);
  checkAirtimeOf("channels", report.channels, sink);
}

/**
 * The forms of presentation are given whenever something was published, and agree with the totals
 * (the mapping is {@link FORM_TOTALS}).
 */
export function checkForms(report: MediaFigures, sink: RuleSink): void {
  const { totals, forms } = report;
  if (forms.length === 0) {
    const items = totals.newsItems + totals.articles;
    if (items > 0) sink.add(["forms"], "report.forms_required", { items });
    return;
  }
  const counted = { newsItems: 0, articles: 0 };
  for (let i = 0; i < forms.length; i++) {
    const { form, count } = forms[i]!;
    // Two entries of one form are reported as a duplicate; their sum would only repeat it.
    for (let j = 0; j < i; j++) if (forms[j]!.form === form) return;
    const key = FORM_TOTALS[form];
    if (key !== undefined) counted[key] += count;
  }
  for (const key of ["newsItems", "articles"] as const) {
    if (counted[key] !== totals[key]) {
      sink.add(["forms"], "report.sum_mismatch", { parts: `Σ /forms/*/count (${formNames(key)})`, sum: counted[key], whole: pointer(["totals", key]), total: totals[key] });
    }
  }
}

/** A channel's airtime, when stated, is the airtime of its sections. */
export function checkChannelAirtime(report: MediaFigures, sink: RuleSink): void {
  const { channels, sections } = report;
  for (let i = 0; i < channels.length; i++) {
    const { channel, airtimeMinutes } = channels[i]!;
    if (airtimeMinutes === undefined || !AIR.has(channel)) continue;
    let sum = 0;
    for (const s of sections) if (s.channel === channel) sum += s.airtimeMinutes;
    if (!sameFigure(rounded(sum), airtimeMinutes)) {
      const at: Path = ["channels", i, "airtimeMinutes"];
      sink.add(at, "report.sum_mismatch", { parts: `Σ /sections/*/airtimeMinutes (channel ${channel})`, sum: rounded(sum), whole: pointer(at), total: airtimeMinutes });
    }
  }
}

/**
 * The broadcasts listed under a section (`sectionOf` gives each broadcast's section index, or
 * `undefined`) are on the section's channel, no more than its editions and within its airtime.
 */
export function checkSectionBroadcasts(report: MediaFigures, sectionOf: readonly (number | undefined)[], sink: RuleSink): void {
  const { sections, broadcasts } = report;
  let listed: number[] | undefined; // per section, built on the first broadcast under a section
  let airtime: number[] | undefined;
  for (let i = 0; i < broadcasts.length; i++) {
    const at = sectionOf[i];
    if (at === undefined) continue;
    const b = broadcasts[i]!;
    const section = sections[at]!;
    if (b.channel !== section.channel) {
      sink.add(["broadcasts", i, "channel"], "report.channel_mismatch", {
        channel: b.channel,
        section: shortName(section.name),
        sectionChannel: section.channel,
        at: pointer(["sections", at, "channel"]),
      });
    }
    listed ??= new Array<number>(sections.length).fill(0);
    airtime ??= new Array<number>(sections.length).fill(0);
    listed[at]! += 1;
    airtime[at]! += b.airtimeMinutes ?? 0;
  }
  if (!listed || !airtime) return;
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    if (s.editions !== undefined && listed[i]! > s.editions) {
      sink.add(["sections", i, "editions"], "report.broadcasts_exceed_editions", {
        listed: listed[i]!,
        section: shortName(s.name),
        whole: pointer(["sections", i, "editions"]),
        count: s.editions,
      });
    }
    const sum = rounded(airtime[i]!);
    if (sum > s.airtimeMinutes + 1e-9) {
      const at: Path = ["sections", i, "airtimeMinutes"];
      sink.add(at, "report.parts_exceed_total", { parts: `Σ /broadcasts/*/airtimeMinutes (section "${shortName(s.name)}")`, sum, whole: pointer(at), total: s.airtimeMinutes });
    }
  }
}
