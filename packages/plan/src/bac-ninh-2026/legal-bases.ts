import type { LegalBasis } from "../model/legal-basis.js";

const PLAN = "Kế hoạch tuyên truyền CCHC tỉnh Bắc Ninh năm 2026";

/**
 * The legal bases of the 2026 plan (the three căn cứ of its preamble) and the other instrument its text
 * names (Luật Phổ biến, giáo dục pháp luật, in V.1). Document numbers, dates and issuers are as the
 * preamble writes them; the quotes are verbatim. The plan does not give the law's number, so none is
 * recorded.
 *
 * @example
 * ```ts
 * import { bacNinh2026LegalBases } from "@cchc/plan";
 *
 * bacNinh2026LegalBases.map((b) => b.citation.document);
 * // => ["76/NQ-CP", "69/KH-UBND", "167/KH-UBND", undefined]
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const bacNinh2026LegalBases: readonly LegalBasis[] = /* @__PURE__ */ (() => [
  {
    id: "76-nq-cp",
    role: "basis",
    citation: {
      document: "76/NQ-CP",
      title: "Chương trình tổng thể Cải cách hành chính nhà nước giai đoạn 2021-2030",
      issuer: "Chính phủ",
      date: "2021-07-15",
      quote:
        "Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể Cải cách hành chính nhà nước giai đoạn 2021-2030",
      confidence: "VERIFIED",
      note: `Cited in the preamble of the ${PLAN}.`,
    },
    issuerActor: "chinh-phu",
    source: ["preamble"],
  },
  {
    id: "69-kh-ubnd",
    role: "basis",
    citation: {
      document: "69/KH-UBND",
      title: "Kế hoạch CCHC tỉnh Bắc Ninh giai đoạn 2025-2030",
      issuer: "UBND tỉnh Bắc Ninh",
      date: "2025-09-19",
      quote: "Kế hoạch số 69/KH-UBND ngày 19/9/2025 của UBND tỉnh ban hành Kế hoạch CCHC tỉnh Bắc Ninh giai đoạn 2025-2030",
      confidence: "VERIFIED",
      note: `Cited in the preamble of the ${PLAN}.`,
    },
    issuerActor: "ubnd-tinh",
    source: ["preamble"],
  },
  {
    id: "167-kh-ubnd",
    role: "basis",
    citation: {
      document: "167/KH-UBND",
      title: "Kế hoạch cải cách hành chính tỉnh Bắc Ninh năm 2026",
      issuer: "UBND tỉnh Bắc Ninh",
      date: "2025-12-17",
      quote: "Kế hoạch số 167/KH-UBND ngày 17/12/2025 của UBND tỉnh Bắc Ninh về cải cách hành chính tỉnh Bắc Ninh năm 2026",
      confidence: "VERIFIED",
      note: `Cited in the preamble of the ${PLAN}; section I.2 requires the communication work to follow it.`,
    },
    issuerActor: "ubnd-tinh",
    source: ["preamble", "I.2"],
  },
  {
    id: "luat-pbgdpl",
    role: "referenced",
    citation: {
      title: "Luật Phổ biến, giáo dục pháp luật",
      issuer: "Quốc hội",
      quote: "theo Luật Phổ biến, giáo dục pháp luật",
      confidence: "VERIFIED",
      note: "Named in V.1 without a number; the number is not recorded here because the plan does not give it.",
    },
    source: ["V.1"],
  },
])();
