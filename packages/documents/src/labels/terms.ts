import type { Label, Lang } from "@cchc/core";

/**
 * The fixed words of an official document in both languages. Vietnamese is the decree's wording
 * (Quốc hiệu, Tiêu ngữ, "Số:", "Nơi nhận:", "Lưu:"); English is for readers who need a translation.
 */
export const TERMS = {
  nationalTitle: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM" },
  motto: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  numberWord: { vi: "Số:", en: "No.:" },
  reportType: { vi: "BÁO CÁO", en: "REPORT" },
  recipients: { vi: "Nơi nhận:", en: "Recipients:" },
  archive: { vi: "Lưu", en: "Archived" },
  recordsOffice: { vi: "VT", en: "VT" },
  draft: { vi: "DỰ THẢO", en: "DRAFT" },
  total: { vi: "Tổng cộng", en: "Total" },
  blank: { vi: "……………", en: "……………" },
} as const satisfies Record<string, Label>;

/** A term in a language. */
export function term(key: keyof typeof TERMS, lang: Lang): string {
  return TERMS[key][lang];
}

/** Picks the text of a bilingual label. */
export function pick(label: Label, lang: Lang): string {
  return lang === "en" ? label.en : label.vi;
}

/**
 * Names of the forms of presentation (hình thức thể hiện) that `@cchc/reports` codes
 * (`PRESENTATION_FORMS`); the plan names the notion without listing forms, so the names are this
 * package's, in the newsroom's usual words.
 */
export const FORM_NAMES: Readonly<Record<string, Label>> = {
  news: { vi: "Tin", en: "News items" },
  article: { vi: "Bài viết", en: "Articles" },
  reportage: { vi: "Phóng sự", en: "Reportages" },
  "talk-show": { vi: "Tọa đàm, giao lưu", en: "Talk shows" },
  infographic: { vi: "Infographic", en: "Infographics" },
  video: { vi: "Video", en: "Videos" },
  podcast: { vi: "Podcast", en: "Podcasts" },
  other: { vi: "Hình thức khác", en: "Other forms" },
};

/** Kinds of section of a media report (`SECTION_KINDS` of `@cchc/reports`). */
export const SECTION_KIND_NAMES: Readonly<Record<string, Label>> = {
  section: { vi: "Chuyên mục", en: "Section" },
  page: { vi: "Chuyên trang", en: "Special page" },
  none: { vi: "Ngoài chuyên mục", en: "Outside sections" },
};
