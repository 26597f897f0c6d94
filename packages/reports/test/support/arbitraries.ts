/**
 * fast-check generators of valid payloads for the five report schemas (structure and cross-field rules
 * both satisfied), and of mutations that usually make them invalid. Shared by the differential test
 * (ajv against zod) and the property tests.
 */
import { ACTOR_IDS, CHANNEL_CODES, TOPIC_CODES } from "@cchc/plan/codes";
import {
  AIR_CHANNEL_CODES,
  COMMUNE_LEVEL_ACTOR_IDS,
  FORM_TOTALS,
  MEDIA_CHANNEL_CODES,
  PRESENTATION_FORMS,
  SECTION_KINDS,
  type PresentationForm,
} from "@cchc/reports";
import fc from "fast-check";

type Json = unknown;
type Obj = Record<string, Json>;

const WORDS = [
  "Cải cách hành chính",
  "Bắc Ninh",
  "thủ tục",
  "người dân, doanh nghiệp",
  "chuyển đổi số",
  "Phường Kinh Bắc",
  "Xã Tuấn Đạo",
  "Tin",
  "bài",
  "CCHC",
  "😀",
  "𠀀",
  "a",
];

const codePoints = (s: string): number => [...s].length;
// ECMAScript white space, as the schemas define "blank"
const BLANK = /^[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*$/;

/** Text that is valid for a field of at most `max` code points: words (NFC or NFD), random graphemes, boundary lengths. */
export function text(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 6, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(" ")) },
      { weight: 2, arbitrary: fc.constantFrom(...WORDS).map((w) => w.normalize("NFD")) },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }) },
      { weight: 1, arbitrary: fc.constantFrom("a", "ệ", "😀", " x").map((ch) => ch.repeat(Math.max(1, Math.floor(max / codePoints(ch))))) },
    )
    .filter((s) => codePoints(s) <= max && !BLANK.test(s));
}

/** A count that is added to others (kept small so that sums stay under the maximum). */
const part = (max = 1000): fc.Arbitrary<number> => fc.nat(max);
/** A count on its own: small, or the maximum 100 000 000. */
const count = (max = 1000): fc.Arbitrary<number> => fc.oneof({ weight: 5, arbitrary: fc.nat(max) }, { weight: 1, arbitrary: fc.constant(100_000_000) });
const minutes = (max = 600): fc.Arbitrary<number> => fc.oneof(fc.nat(max), fc.integer({ min: 0, max: 6000 }).map((n) => n / 4));
const year = fc.integer({ min: 2000, max: 2199 });
const month = fc.integer({ min: 1, max: 12 });
const pad = (n: number): string => String(n).padStart(2, "0");
const monthId = fc.tuple(year, month).map(([y, m]) => `${y}-${pad(m)}`);
const dayIn = (m: string): fc.Arbitrary<string> => {
  const days = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).getUTCDate();
  return fc.integer({ min: 1, max: days }).map((d) => `${m}-${pad(d)}`);
};
const dateTime = fc
  .tuple(monthId, fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom("Z", "+07:00", "-05:00", ".250+07:00"))
  .map(([m, d, h, mi, tz]) => `${m}-${pad(d)}T${pad(h)}:${pad(mi)}:00${tz}`);

/** Sets optional keys only when the generator says so (no `undefined` values: JSON has none). */
function withOptional(base: Obj, optional: Record<string, Json | undefined>): Obj {
  const out = { ...base };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) out[k] = v;
  return out;
}

const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** A reporting unit, consistent with the commune-code rule. */
export const unit: fc.Arbitrary<Obj> = fc.tuple(fc.constantFrom(...ACTOR_IDS), opt(text(300)), fc.stringMatching(/^\d{5}$/)).map(([actor, name, code]) =>
  withOptional({ actor }, { name, communeCode: (COMMUNE_LEVEL_ACTOR_IDS as readonly string[]).includes(actor) ? code : undefined }),
);

const extra: fc.Arbitrary<Obj[] | undefined> = opt(
  fc.uniqueArray(
    fc.record({
      key: fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:[-_.][a-z0-9]{1,5}){0,2}$/),
      label: opt(text(200)),
      value: fc.oneof(text(4000), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
    }, { requiredKeys: ["key", "value"] }),
    { maxLength: 3, selector: (e) => e.key },
  ).map((list) => list.map((e) => withOptional({ key: e.key, value: e.value }, { label: e.label }))),
);

const common = () =>
  fc.record({ reportId: opt(text(100)), documentNumber: opt(text(60)), submittedAt: opt(dateTime), notes: opt(text(4000)), extra }, { requiredKeys: [] });

function clean(o: Record<string, unknown>): Obj {
  return withOptional({}, o);
}

/** A valid monthly media report. */
export const monthlyMediaReport: fc.Arbitrary<Obj> = monthId.chain((m) => {
  const section = fc.record({
    kind: fc.constantFrom(...SECTION_KINDS),
    channel: fc.constantFrom(...MEDIA_CHANNEL_CODES),
    newsItems: part(),
    articles: part(),
    airtimeMinutes: minutes(),
    editions: opt(count(40)),
  });
  return fc
    .record({
      c: common(),
      unit,
      sections: fc.uniqueArray(fc.tuple(text(300), section), { maxLength: 5, selector: ([name]) => name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase() }),
      broadcastsRaw: fc.array(
        fc.record({ date: dayIn(m), slot: opt(text(100)), channel: fc.constantFrom(...MEDIA_CHANNEL_CODES), title: opt(text(500)), airtimeMinutes: opt(minutes()), url: opt(text(2000)), useSection: fc.nat() }),
        { maxLength: 6 },
      ),
      content: fc.uniqueArray(fc.record({ topic: fc.constantFrom(...TOPIC_CODES), summary: text(4000), items: opt(count()) }), { minLength: 1, maxLength: 4, selector: (c) => c.topic }),
      forms: fc.uniqueArray(fc.record({ form: fc.constantFrom(...PRESENTATION_FORMS), count: count(), note: opt(text(500)) }), { maxLength: 4, selector: (f) => f.form }),
      channels: fc.uniqueArray(
        fc.record({ channel: fc.constantFrom(...MEDIA_CHANNEL_CODES), items: count(), airtimeMinutes: opt(minutes()), accounts: opt(fc.array(text(300), { maxLength: 2 })) }),
        { maxLength: 4, selector: (c) => c.channel },
      ),
      feedback: fc.tuple(text(4000), fc.option(fc.tuple(part(), part(), part(), part()), { nil: undefined })),
      recommendations: fc.array(text(2000), { maxLength: 3 }),
    })
    .map((r) => {
      const onAir = (channel: unknown): boolean => (AIR_CHANNEL_CODES as readonly unknown[]).includes(channel);
      // Airtime only where there is air.
      const sections = r.sections.map(([name, s]) => clean({ name, ...s, airtimeMinutes: onAir(s.channel) ? s.airtimeMinutes : 0 }));
      // A broadcast under a section is on its channel; the section has at least as many editions and as much airtime.
      const listed = sections.map(() => 0);
      const broadcastAirtime = sections.map(() => 0);
      const broadcasts = r.broadcastsRaw.map(({ useSection, ...b }) => {
        const at = sections.length > 0 && useSection % 2 === 0 ? useSection % sections.length : undefined;
        const section = at === undefined ? undefined : sections[at]!;
        const channel = section ? section["channel"] : b.channel;
        const airtimeMinutes = onAir(channel) ? b.airtimeMinutes : undefined;
        if (at !== undefined) {
          listed[at]! += 1;
          broadcastAirtime[at]! += airtimeMinutes ?? 0;
        }
        return clean({ ...b, channel, airtimeMinutes, section: section?.["name"] });
      });
      sections.forEach((section, i) => {
        if (section["editions"] !== undefined) section["editions"] = Math.max(section["editions"] as number, listed[i]!);
        section["airtimeMinutes"] = Math.max(section["airtimeMinutes"] as number, broadcastAirtime[i]!);
      });
      const [summary, counts] = r.feedback;
      const feedback = counts
        ? { summary, received: counts[0] + counts[1] + counts[2] + counts[3], positive: counts[1], neutral: counts[2], negative: counts[3] }
        : { summary };
      const sum = (key: "newsItems" | "articles" | "airtimeMinutes") => sections.reduce((s, x) => s + (x[key] as number), 0);
      const totals = { newsItems: sum("newsItems"), articles: sum("articles"), airtimeMinutes: Math.round(sum("airtimeMinutes") * 1000) / 1000 };
      // The forms agree with the totals (FORM_TOTALS); other forms are free.
      const forms = r.forms.map(clean);
      const ofTotal = (key: "newsItems" | "articles") => forms.filter((f) => FORM_TOTALS[f["form"] as PresentationForm] === key);
      for (const [key, first] of [["newsItems", "news"], ["articles", "article"]] as const) {
        let entries = ofTotal(key);
        if (entries.length === 0 && totals[key] > 0) forms.push({ form: first, count: 0 });
        entries = ofTotal(key);
        let remaining = totals[key];
        entries.forEach((f, i) => {
          const count = i === entries.length - 1 ? remaining : Math.min(f["count"] as number, remaining);
          f["count"] = count;
          remaining -= count;
        });
      }
      // A radio or television channel's airtime, when stated, is its sections'; other channels state none (or 0).
      const channels = r.channels.map((c) => {
        if (c.airtimeMinutes === undefined) return clean(c);
        const airtime = onAir(c.channel) ? Math.round(sections.filter((x) => x["channel"] === c.channel).reduce((a, x) => a + (x["airtimeMinutes"] as number), 0) * 1000) / 1000 : 0;
        return clean({ ...c, airtimeMinutes: airtime });
      });
      return {
        schemaVersion: 2,
        ...clean(r.c),
        unit: r.unit,
        month: m,
        totals,
        sections,
        broadcasts,
        content: r.content.map(clean),
        forms,
        channels,
        feedback,
        recommendations: r.recommendations,
      };
    });
});

const cchcPeriod = fc.tuple(year, fc.constantFrom("", "-Q1", "-H1", "-Q3")).map(([y, p]) => `${y}${p}`);

function periodMonths(period: string): { first: string; last: string } {
  const y = Number(period.slice(0, 4));
  const rest = period.slice(5);
  const m = (n: number) => `${y}-${pad(n)}`;
  if (rest === "") return { first: m(1), last: m(12) };
  if (rest === "9M") return { first: m(1), last: m(9) };
  if (rest[0] === "Q") return { first: m(Number(rest[1]) * 3 - 2), last: m(Number(rest[1]) * 3) };
  if (rest[0] === "H") return { first: m(Number(rest[1]) * 6 - 5), last: m(Number(rest[1]) * 6) };
  return { first: m(Number(rest)), last: m(Number(rest)) };
}

const previousMonth = (m: string): string => {
  const i = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 2;
  return `${Math.floor(i / 12)}-${pad((i % 12) + 1)}`;
};

/** A data window that fits the period (starts in the month before it or later, ends in its last month). */
const windowFor = (period: string): fc.Arbitrary<{ start: string; end: string }> => {
  const { first, last } = periodMonths(period);
  return fc.tuple(dayIn(previousMonth(first)), dayIn(first), dayIn(last), fc.boolean()).map(([a, b, end, early]) => {
    const start = early ? a : b;
    return { start: start <= end ? start : end, end };
  });
};

/** A valid agency communication report. */
export const agencyCommunicationReport: fc.Arbitrary<Obj> = cchcPeriod.chain((period) =>
  windowFor(period).chain((window) => {
    const inWindow = fc.constantFrom(window.start, window.end);
    return fc
      .record({
        c: common(),
        agency: unit,
        items: fc.array(
          fc.record({ documentNumber: opt(text(60)), title: text(500), issuedOn: opt(fc.constant(window.start)), publishedOn: inWindow, url: opt(text(2000)) }),
          { maxLength: 3 },
        ),
        extraPublished: part(50),
        procedures: fc.record({ posted: count(), updated: count(), feedbackChannelPosted: fc.boolean() }),
        sessions: count(20),
        participants: count(),
        pressMaterials: fc.record({ items: count(), outlets: fc.array(text(300), { maxLength: 2 }) }),
        legal: fc.tuple(fc.boolean(), count(20), opt(text(2000))),
        proposedFocalContent: fc.array(fc.record({ topic: fc.constantFrom(...TOPIC_CODES), content: text(2000) }), { maxLength: 3 }),
        difficulties: fc.array(text(2000), { maxLength: 2 }),
      })
      .map((r) => ({
        schemaVersion: 1,
        ...clean(r.c),
        agency: r.agency,
        period,
        window,
        directives: { published: r.items.length + r.extraPublished, items: r.items.map(clean) },
        procedures: r.procedures,
        staffBriefings: { sessions: r.sessions, participants: r.sessions === 0 ? 0 : r.participants },
        pressMaterials: r.pressMaterials,
        legalDissemination: clean({ integrated: r.legal[0], activities: r.legal[0] ? r.legal[1] : 0, note: r.legal[2] }),
        proposedFocalContent: r.proposedFocalContent,
        difficulties: r.difficulties,
      }));
  }),
);

/** A valid difficulty report. */
export const difficultyReport: fc.Arbitrary<Obj> = fc
  .tuple(monthId.chain((m) => dayIn(m)), fc.option(fc.tuple(year, fc.constantFrom("", "-Q2", "-H2", "-9M", "-11")).map(([y, p]) => `${y}${p}`), { nil: undefined }))
  .chain(([reportedOn, period]) =>
    fc
      .record({
        c: common(),
        from: unit,
        items: fc.array(
          fc.record({
            title: text(300),
            description: text(4000),
            topic: opt(fc.constantFrom(...TOPIC_CODES)),
            channel: opt(fc.constantFrom(...CHANNEL_CODES)),
            since: opt(fc.constantFrom(reportedOn, "2000-01-01")),
            proposal: opt(text(4000)),
            decisionBy: opt(fc.constantFrom(...ACTOR_IDS)),
          }),
          { minLength: 1, maxLength: 3 },
        ),
      })
      .map((r) => clean({ schemaVersion: 1, ...clean(r.c), from: r.from, reportedOn, period, items: r.items.map(clean) })),
  );

const anyPeriod = fc
  .tuple(year, fc.constantFrom("", "-Q1", "-Q2", "-Q3", "-Q4", "-H1", "-H2", "-9M", "-01", "-06", "-12"))
  .map(([y, p]) => `${y}${p}`);

/** Valid procedure statistics (every part within its whole). */
export const procedureStatistics: fc.Arbitrary<Obj> = anyPeriod.chain((period) =>
  fc
    .record({
      c: common(),
      agency: unit,
      window: opt(windowFor(period)),
      published: opt(fc.tuple(part(), part()).map(([a, b]) => ({ published: a + b, publishedOnTime: a }))),
      carriedOver: part(),
      received: part(),
      resolved: fc.tuple(part(), part(), part()),
      pending: fc.tuple(part(), part()),
      fractions: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
      payments: fc.tuple(part(), part()).map(([a, b]) => ({ eligible: a + b, online: a })),
      feedback: fc.tuple(part(), part(), part(), part()),
      satisfaction: opt(fc.tuple(part(), part()).map(([a, b]) => ({ surveyed: a + b, satisfied: a }))),
    })
    .map((r) => {
      const [early, onTime, late] = r.resolved;
      const [within, overdue] = r.pending;
      const resolvedTotal = early + onTime + late;
      const pendingTotal = within + overdue;
      const received = Math.max(r.received, resolvedTotal + pendingTotal);
      const [f1, f2, f3] = r.fractions;
      const [onTimeFb, lateFb, restFb, dissatisfied] = r.feedback;
      const fbReceived = onTimeFb + lateFb + restFb;
      return {
        schemaVersion: 1,
        ...clean(r.c),
        ...clean({ agency: r.agency, period, window: r.window, procedures: r.published }),
        dossiers: {
          carriedOver: r.carriedOver,
          received,
          online: Math.floor(received * f1),
          resolved: { total: resolvedTotal, early, onTime, late },
          pending: { total: pendingTotal, withinDeadline: within, overdue },
          apologies: Math.floor((late + overdue) * f2),
        },
        payments: r.payments,
        electronicResults: Math.floor(resolvedTotal * f3),
        digitization: { dossiers: Math.floor((r.carriedOver + received) * f1), results: Math.floor(resolvedTotal * f2), reused: r.carriedOver },
        feedback: { received: fbReceived, handledOnTime: onTimeFb, handledLate: lateFb, dissatisfiedOrOverdue: Math.min(dissatisfied, fbReceived) },
        ...clean({ satisfaction: r.satisfaction }),
      };
    }),
);

/** Valid synthesis reports are computed by `synthesizeReports` from generated inputs (see the synthesis tests). */

/** Every path of a JSON value (root first). */
export function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function getAt(value: Json, path: readonly (string | number)[]): Json {
  let node = value;
  for (const k of path) node = (node as Record<string | number, Json>)[k];
  return node;
}

function setOwn(target: Record<string | number, Json>, key: string | number, value: Json): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const REPLACEMENTS: Json[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e300,
  "",
  "   ",
  "\u3000",
  "T6",
  "F9.press",
  "2026-02-30",
  "2026-2-3",
  "2026-13",
  "2026-Q5",
  "0766",
  "x".repeat(5000),
  "😀".repeat(2001),
  "\ud800x",
  [],
  [1],
  {},
  { a: 1 },
];

/** A mutation of a JSON value: replace, delete, add a key (including `__proto__`), duplicate an item, nudge a number. */
const pathCache = new WeakMap<object, (string | number)[][]>();

export function mutate(base: Json): fc.Arbitrary<Json> {
  let all = typeof base === "object" && base !== null ? pathCache.get(base) : undefined;
  if (!all) {
    all = paths(base);
    if (typeof base === "object" && base !== null) pathCache.set(base, all);
  }
  return fc
    .tuple(
      fc.constantFrom(...all),
      fc.nat(),
      fc.oneof(fc.constantFrom(...REPLACEMENTS), fc.jsonValue({ maxDepth: 2 })),
      fc.constantFrom("__proto__", "constructor", "prototype", "totalz", "toString"),
    )
    .map(([path, choice, replacement, key]) => {
      const copy = JSON.parse(JSON.stringify(base)) as Json;
      const target = getAt(copy, path);
      const parent = path.length > 0 ? (getAt(copy, path.slice(0, -1)) as Record<string | number, Json>) : undefined;
      const last = path.at(-1);
      switch (choice % 6) {
        case 0:
          if (parent !== undefined && last !== undefined) setOwn(parent, last, replacement);
          else return replacement;
          break;
        case 1:
          if (parent !== undefined && last !== undefined) {
            if (Array.isArray(parent)) parent.splice(Number(last), 1);
            else delete parent[last];
          }
          break;
        case 2:
          if (target !== null && typeof target === "object" && !Array.isArray(target)) setOwn(target as Obj, key, replacement);
          else if (parent) setOwn(parent, last!, replacement);
          break;
        case 3:
          if (Array.isArray(target) && target.length > 0) target.push(JSON.parse(JSON.stringify(target[choice % target.length])));
          else if (parent) setOwn(parent, last!, replacement);
          break;
        case 4:
          if (typeof target === "number" && parent) setOwn(parent, last!, target + ((choice >> 3) % 2 === 0 ? 1 : -1));
          else if (typeof target === "string" && parent) setOwn(parent, last!, `${target}${(choice >> 3) % 2 === 0 ? "1" : " "}`);
          else if (parent) setOwn(parent, last!, replacement);
          break;
        default:
          if (parent) setOwn(parent, last!, replacement);
          else return replacement;
      }
      return copy;
    });
}
