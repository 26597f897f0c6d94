/**
 * The legal and documentary sources the holiday data cites, in one place. Every fact and its
 * confidence come from ../shared/domain/calendar-and-deadlines.md (section given per entry); nothing
 * here is from memory.
 *
 * @internal
 */
import type { Citation } from "@cchc/core";

/**
 * The Labour Code 2019 as officially published: Luật số 45/2019/QH14 in the national database of legal
 * documents (Cơ sở dữ liệu quốc gia về văn bản pháp luật, vbpl.vn, kept by the Ministry of Justice). The
 * project read the articles in the codified text (Bộ Pháp điển, topic 20.2) through a Markdown mirror,
 * which is cited only as a secondary link in the note.
 */
const LABOUR_CODE_2019_OFFICIAL = "https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=139264";
const LABOUR_CODE_2019_MIRROR = "https://github.com/diepxuan/diepxuan.github.io/blob/main/van-ban/lao-dong/lao-dong.md";
const PYTHON_HOLIDAYS_VN = "https://github.com/vacanza/holidays/blob/main/holidays/countries/vietnam.py";

/** A Labour Code 2019 article: the law's number and official publication, the mirror as a secondary link. */
function labourCode2019(article: string, clause: string, note: string, extra: Partial<Citation> = {}): Citation {
  return {
    ...extra,
    document: "45/2019/QH14",
    title: "Bộ luật Lao động 2019",
    article,
    clause,
    issuer: "Quốc hội",
    url: LABOUR_CODE_2019_OFFICIAL,
    confidence: "VERIFIED",
    note: `${note} Official text: Luật số 45/2019/QH14, vbpl.vn (national database of legal documents); in force from 2021-01-01. Codified text read by the project (Bộ Pháp điển, Điều 20.2.LQ.${article}), secondary link: ${LABOUR_CODE_2019_MIRROR}`,
  };
}

/** BLLĐ 2019 (Luật 45/2019/QH14, in force 01/01/2021), Điều 112 khoản 1: facts §1.1 (VERIFIED). */
export function labourCode2019Holiday(point: string): Citation {
  return { ...labourCode2019("112", "1", "The public holidays (ngày nghỉ lễ, tết)."), point };
}

/** BLLĐ 2019 Điều 112 khoản 3: the Prime Minister fixes the Tết days and the extra National Day. */
export const LABOUR_CODE_2019_PM_DECIDES: Citation = /* @__PURE__ */ labourCode2019(
  "112",
  "3",
  "The Prime Minister decides the exact Tết days and the day joined to 2/9 each year (facts §1.1).",
);

/** BLLĐ 2019 Điều 111 khoản 3: nghỉ bù on the next working day (facts §1.3, VERIFIED). */
export const LABOUR_CODE_2019_SUBSTITUTE_DAY: Citation = /* @__PURE__ */ labourCode2019(
  "111",
  "3",
  "A weekly rest day that falls on a holiday is given back on the next working day.",
  {
    quote:
      "Nếu ngày nghỉ hằng tuần trùng với ngày nghỉ lễ, tết quy định tại khoản 1 Điều 112… thì người lao động được nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp.",
  },
);

/** The same substitute-day rule before 2021, as python-holidays models it (observed since 1995). */
export const SUBSTITUTE_DAY_BEFORE_2021: Citation = {
  title: "python-holidays, Vietnam (observed_since 1995)",
  url: PYTHON_HOLIDAYS_VN,
  confidence: "INFERRED",
  note: "The article of the earlier labour codes that grants nghỉ bù is not in the project's facts file; python-holidays applies the rule from 1995 (facts §1.1, §2.4).",
};

/** BLLĐ 2012 (Luật 10/2012/QH13): Tết five days from 2013, National Day one day (facts §1.1). */
export function labourCode2012(note: string): Citation {
  return {
    document: "10/2012/QH13",
    title: "Bộ luật Lao động 2012",
    article: "115",
    issuer: "Quốc hội",
    url: PYTHON_HOLIDAYS_VN,
    confidence: "SECONDARY",
    note,
  };
}

/** The holidays before BLLĐ 2012 as python-holidays models them (Labour Code 1994, Art. 73). */
export function labourCode1994Model(note: string): Citation {
  return {
    title: "Bộ luật Lao động 1994 (Điều 73), as modelled by python-holidays",
    article: "73",
    url: PYTHON_HOLIDAYS_VN,
    confidence: "SECONDARY",
    note,
  };
}

/** QĐ 188/1999/QĐ-TTg Điều 1: Saturday and Sunday off for state bodies (facts §1.3, VERIFIED). */
export const WEEKLY_REST_SAT_SUN: Citation = {
  document: "188/1999/QĐ-TTg",
  title: "Quyết định về chế độ tuần làm việc 40 giờ",
  article: "1",
  issuer: "Thủ tướng Chính phủ",
  date: "1999-09-17",
  url: "https://hethongphapluat.com/quyet-dinh-188-1999-qd-ttg-ve-che-do-tuan-lam-viec-40-gio-do-thu-tuong-chinh-phu-ban-hanh.html",
  quote: "nghỉ ngày thứ bẩy và chủ nhật hàng tuần",
  confidence: "VERIFIED",
};

/** How unannounced PM choices are estimated: python-holidays' rules (facts §1.1). */
export function pythonHolidaysEstimate(note: string): Citation {
  return { title: "python-holidays, Vietnam (estimation rule)", url: PYTHON_HOLIDAYS_VN, confidence: "INFERRED", note };
}

/** python-holidays' `VietnamStaticHolidays`: decreed swaps 2010–2024 (facts §2.4). */
export function pythonHolidaysSwap(document?: string, note?: string): Citation {
  return {
    ...(document === undefined ? {} : { document, issuer: "Văn phòng Chính phủ" }),
    title: "python-holidays VietnamStaticHolidays",
    url: PYTHON_HOLIDAYS_VN,
    confidence: "SECONDARY",
    note: note ?? "Dispatch number not given by the source.",
  };
}
