/**
 * The form, described as data: which inputs exist, where each one writes in the payload (a JSON Pointer,
 * the same as the validator's issue paths) and how its text becomes a JSON value. The DOM code renders
 * this description; the payload and issue code work on it without a browser.
 */
import { channels, topics } from "@cchc/plan/codes";
import type { Lang } from "@cchc/core";
import type { MediaChannelCode, PresentationForm, SectionKind } from "@cchc/reports";

/** How an input's text becomes a JSON value. */
export type FieldKind = "text" | "textarea" | "count" | "minutes" | "month" | "date" | "select" | "lines";

/** One option of a select. */
export interface Option {
  readonly value: string;
  readonly label: string;
}

/** One input. */
export interface FieldSpec {
  /** Property name in its object (`newsItems`). */
  readonly key: string;
  readonly kind: FieldKind;
  /** Left out of the payload when empty (required fields are sent as they are, so that the validator names them). */
  readonly optional?: boolean;
  /** Options of a select, in the given language. */
  readonly options?: (lang: Lang) => readonly Option[];
}

/** A fieldset: either fields of one object (`object` is its property, or none for top-level fields) or a list of rows. */
export interface PartSpec {
  /** Stable id, also the payload property of an object or a list (`totals`, `sections`). */
  readonly id: string;
  readonly rows: boolean;
  /** Payload property holding the fields (`undefined`: top level). Lists always use `id`. */
  readonly object?: string;
  readonly fields: readonly FieldSpec[];
  /** Rows shown when the form opens (lists only). */
  readonly initialRows?: number;
}

type Labels<K extends string> = Readonly<Record<K, Readonly<Record<Lang, string>>>>;

/**
 * The media channels a monthly media report accepts. Typed as a record over `MediaChannelCode`, so the
 * compiler rejects a missing or unknown code if the schema's list changes; names come from the plan.
 */
const MEDIA_CHANNELS: Readonly<Record<MediaChannelCode, true>> = {
  "F1.press.print": true,
  "F1.press.online": true,
  "F1.press.radio": true,
  "F1.press.tv": true,
  "F1.social": true,
  "F1.social.facebook": true,
  "F1.social.zalo": true,
  "F1.social.tiktok": true,
  "F1.social.other": true,
  "F1.portal": true,
};

/** Forms of presentation (hình thức thể hiện): the schema's codes, this form's labels. */
const PRESENTATION_FORM_LABELS: Labels<PresentationForm> = {
  news: { vi: "Tin", en: "News item" },
  article: { vi: "Bài viết", en: "Article" },
  reportage: { vi: "Phóng sự", en: "Reportage" },
  "talk-show": { vi: "Tọa đàm, giao lưu", en: "Talk show" },
  infographic: { vi: "Infographic", en: "Infographic" },
  video: { vi: "Video", en: "Video" },
  podcast: { vi: "Podcast", en: "Podcast" },
  other: { vi: "Khác", en: "Other" },
};

const SECTION_KIND_LABELS: Labels<SectionKind> = {
  section: { vi: "Chuyên mục", en: "Section" },
  page: { vi: "Chuyên trang", en: "Special page" },
  none: { vi: "Ngoài chuyên mục", en: "Outside any section" },
};

function fromLabels<K extends string>(labels: Labels<K>): (lang: Lang) => Option[] {
  return (lang) => (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value][lang] }));
}

const channelOptions = (lang: Lang): Option[] =>
  channels.filter((c) => Object.hasOwn(MEDIA_CHANNELS, c.code)).map((c) => ({ value: c.code, label: `${c.code} — ${c.name[lang]}` }));

const topicOptions = (lang: Lang): Option[] => topics.map((t) => ({ value: t.code, label: `${t.code} — ${t.name[lang]}` }));

const field = (key: string, kind: FieldKind, more: Omit<FieldSpec, "key" | "kind"> = {}): FieldSpec => ({ key, kind, ...more });
const optional = { optional: true } as const;

/** The monthly media report form, in display order. */
export const FORM: readonly PartSpec[] = [
  { id: "general", rows: false, fields: [field("month", "month"), field("documentNumber", "text", optional), field("reportId", "text", optional)] },
  { id: "totals", rows: false, object: "totals", fields: [field("newsItems", "count"), field("articles", "count"), field("airtimeMinutes", "minutes")] },
  {
    id: "sections",
    rows: true,
    initialRows: 1,
    fields: [
      field("name", "text"),
      field("kind", "select", { options: fromLabels(SECTION_KIND_LABELS) }),
      field("channel", "select", { options: channelOptions }),
      field("newsItems", "count"),
      field("articles", "count"),
      field("airtimeMinutes", "minutes"),
      field("editions", "count", optional),
    ],
  },
  {
    id: "broadcasts",
    rows: true,
    initialRows: 0,
    fields: [
      field("date", "date"),
      field("slot", "text", optional),
      field("channel", "select", { options: channelOptions }),
      field("section", "text", optional),
      field("title", "text", optional),
      field("airtimeMinutes", "minutes", optional),
    ],
  },
  {
    id: "content",
    rows: true,
    initialRows: 1,
    fields: [field("topic", "select", { options: topicOptions }), field("summary", "textarea"), field("items", "count", optional)],
  },
  // One row to start with: the forms of presentation are required once something was published (V.5).
  { id: "forms", rows: true, initialRows: 1, fields: [field("form", "select", { options: fromLabels(PRESENTATION_FORM_LABELS) }), field("count", "count")] },
  {
    id: "channels",
    rows: true,
    initialRows: 0,
    fields: [field("channel", "select", { options: channelOptions }), field("items", "count"), field("airtimeMinutes", "minutes", optional)],
  },
  {
    id: "feedback",
    rows: false,
    object: "feedback",
    fields: [
      field("summary", "textarea"),
      field("received", "count", optional),
      field("positive", "count", optional),
      field("neutral", "count", optional),
      field("negative", "count", optional),
    ],
  },
  { id: "closing", rows: false, fields: [field("recommendations", "lines"), field("notes", "textarea", optional)] },
];

/** The JSON Pointer an input writes to: `/month`, `/totals/newsItems`, `/sections/0/name`. */
export function fieldPointer(part: PartSpec, spec: FieldSpec, row?: number): string {
  if (part.rows) return `/${part.id}/${row ?? 0}/${spec.key}`;
  return part.object ? `/${part.object}/${spec.key}` : `/${spec.key}`;
}
