import type { Citation } from "@cchc/core";
import type { PerformanceIndex } from "../model/performance-index.js";

// Every fact below comes from ../shared/domain/indices-identifiers-units.md §1 (the project's facts file).
// Its CONFIRMED maps to VERIFIED when read in an official text or a copy, to SECONDARY when read only in
// summaries; SECONDARY, INFERRED and UNCONFIRMED are kept as they are.

const QD_876: Citation = {
  document: "876/QĐ-BNV",
  title: "Đề án Xác định Chỉ số CCHC của các bộ, cơ quan ngang bộ, UBND tỉnh, thành phố trực thuộc TW giai đoạn 2022–2030",
  issuer: "Bộ Nội vụ",
  date: "2022-11-10",
  confidence: "VERIFIED",
  url: "https://bacninh.gov.vn/news/-/details/20182/-42322197",
  note: "In force 2022-11-10; replaces 1149/QĐ-BNV. Seen only in part.",
};
const QD_1001: Citation = {
  document: "1001/QĐ-BNV",
  title: "Phương pháp Đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2023–2026",
  issuer: "Bộ Nội vụ",
  date: "2023-12-11",
  confidence: "VERIFIED",
  note: "Seen only up to its preamble.",
};
const QD_2640: Citation = {
  document: "2640/QĐ-BNV",
  issuer: "Bộ Nội vụ",
  date: "2017-10-10",
  confidence: "SECONDARY",
  note: "The 2017–2020 SIPAS method, read in summaries (blogkhampha.edu.vn; hieuluat.vn). Whether 1001/QĐ-BNV keeps the five elements is UNCONFIRMED.",
};
const PAPI_PCI_COMPARISON: Citation = {
  title: "PAPI — giữa PAPI và PCI có những gì tương đồng và khác biệt",
  url: "https://papi.org.vn/eng/hoi-dap/?title=giua-papi-va-pci-co-nhung-gi-tuong-dong-va-khac-biet",
  confidence: "VERIFIED",
};
const PCI_SUBINDICES: Citation = { url: "https://pcivietnam.org/tien-giang", confidence: "VERIFIED", note: "Also investinquangninh.vn/vi/pci." };
const QD_766: Citation = {
  document: "766/QĐ-TTg",
  title: "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, DVC theo thời gian thực trên môi trường điện tử",
  issuer: "Thủ tướng Chính phủ",
  date: "2022-06-23",
  confidence: "VERIFIED",
  note: "Seen only in part; group maxima (facts file: CONFIRMED) per sonoivu.namdinh.gov.vn and aita.gov.vn.",
};
const PRESS_766: Citation = { url: "https://baocaotaichinh.vn/", confidence: "SECONDARY", note: "Press summary of 766/QĐ-TTg (baocaotaichinh.vn)." };
const UNCONFIRMED_POINTS: Citation = {
  confidence: "UNCONFIRMED",
  note: "Points not confirmed by any source read: supply them with resolveIndexPoints, do not guess.",
};

/**
 * The indices the 2026 plan aims to raise — **PAR INDEX, SIPAS, PAPI, PCI** (named in I.1 and II.2, PCI
 * again in II.4.5) — and the **766 service index** (Quyết định 766/QĐ-TTg), which the plan does not name
 * but which measures the on-time, online and satisfaction rates of II.4.2 and II.4.6. Components carry
 * maximum points or weights **only** where a source confirms them; everything else is a fact with its
 * confidence, and missing points are for the user to supply (see `resolveIndexPoints`).
 *
 * @example
 * ```ts
 * import { performanceIndices } from "@cchc/plan";
 *
 * const i766 = performanceIndices.find((i) => i.id === "index-766")!;
 * i766.components.filter((c) => c.parent === undefined).map((c) => c.maxPoints); // => [18, 20, 22, 22, 18]
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const performanceIndices: readonly PerformanceIndex[] = /* @__PURE__ */ (() => [
  {
    id: "par-index",
    abbreviation: "PAR INDEX",
    name: { vi: "Chỉ số cải cách hành chính", en: "Public Administration Reform Index" },
    runBy: { vi: "Bộ Nội vụ", en: "Ministry of Home Affairs" },
    unit: "percent",
    maxTotal: 100,
    methodology: [QD_876],
    components: [],
    facts: [
      {
        id: "par.method",
        text: {
          vi: "Cơ quan được đánh giá tự chấm điểm, kết hợp điều tra xã hội học; Bộ Nội vụ thẩm định, điều chỉnh điểm tự đánh giá.",
          en: "Self-assessment plus a sociological survey; the Ministry of Home Affairs checks and adjusts each province's self-score.",
        },
        citation: { confidence: "SECONDARY", note: "Facts file: CONFIRMED (secondary summaries): danangbus.vn; sonoivu.namdinh.gov.vn." },
      },
      {
        id: "par.scale",
        text: { vi: "Thang điểm 100; kết quả công bố theo %.", en: "Scored out of 100; results published as a percentage." },
        citation: { ...QD_876, note: "Scale 100 CONFIRMED (tintuc.thuvienphapluat.com); publication as % SECONDARY." },
      },
      {
        id: "par.provincial-structure",
        text: {
          vi: "Chỉ số cấp tỉnh (kết quả 2022) gồm 8 lĩnh vực, 37 tiêu chí, 88 tiêu chí thành phần.",
          en: "The provincial index (2022 results) has 8 areas, 37 criteria and 88 sub-criteria.",
        },
        citation: { confidence: "SECONDARY", url: "https://doanhnghiepbacgiang.vn/", note: "doanhnghiepbacgiang.vn video page." },
      },
      {
        id: "par.area-names",
        text: {
          vi: "Tên 8 lĩnh vực cấp tỉnh theo QĐ 876 (đặc biệt lĩnh vực thứ 8 về tác động của CCHC) chưa xác nhận.",
          en: "The names of the 8 provincial areas under QĐ 876 (notably the 8th, on the impact of reform) are not confirmed.",
        },
        citation: { confidence: "UNCONFIRMED" },
      },
      {
        id: "par.area-points",
        text: {
          vi: "Điểm tối đa từng lĩnh vực và tỷ trọng điều tra xã hội học đối với cấp tỉnh theo QĐ 876 chưa xác nhận.",
          en: "Maximum points per area and the survey weight for provinces under QĐ 876 are not confirmed.",
        },
        citation: UNCONFIRMED_POINTS,
      },
    ],
    source: ["I.1", "II.2"],
  },
  {
    id: "sipas",
    abbreviation: "SIPAS",
    name: { vi: "Chỉ số hài lòng về sự phục vụ hành chính", en: "Satisfaction Index of Public Administration Services" },
    runBy: { vi: "Bộ Nội vụ", en: "Ministry of Home Affairs" },
    unit: "percent",
    methodology: [QD_1001, QD_2640],
    components: [
      { id: "sipas.access", name: { vi: "Tiếp cận dịch vụ", en: "Access to the service" }, citation: QD_2640 },
      { id: "sipas.procedure", name: { vi: "Thủ tục hành chính", en: "Administrative procedure" }, citation: QD_2640 },
      { id: "sipas.civil-servant", name: { vi: "Công chức trực tiếp giải quyết công việc", en: "The civil servant handling the case" }, citation: QD_2640 },
      { id: "sipas.result", name: { vi: "Kết quả dịch vụ", en: "Service result" }, citation: QD_2640 },
      {
        id: "sipas.feedback",
        name: { vi: "Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị", en: "Handling of comments, feedback and petitions" },
        citation: QD_2640,
      },
    ],
    facts: [
      {
        id: "sipas.aspects",
        text: {
          vi: "Mỗi yếu tố được đánh giá theo nhận định, sự hài lòng và sự mong đợi.",
          en: "Each element is assessed on perception, satisfaction and expectation.",
        },
        citation: QD_2640,
      },
      {
        id: "sipas.formula",
        text: {
          vi: "Công thức tính và trọng số các yếu tố theo QĐ 1001/QĐ-BNV chưa xác nhận.",
          en: "The formula and element weights under QĐ 1001/QĐ-BNV are not confirmed.",
        },
        citation: UNCONFIRMED_POINTS,
      },
    ],
    source: ["I.1", "II.2"],
  },
  {
    id: "papi",
    abbreviation: "PAPI",
    name: {
      vi: "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh",
      en: "Provincial Governance and Public Administration Performance Index",
    },
    runBy: { vi: "CECODES, MTTQ Việt Nam, UNDP, RTA", en: "CECODES, Viet Nam Fatherland Front, UNDP, RTA" },
    unit: "points",
    methodology: [PAPI_PCI_COMPARISON],
    components: [
      { id: "papi.participation", name: { vi: "Tham gia của người dân ở cấp cơ sở", en: "Participation at Local Levels" }, citation: PAPI_PCI_COMPARISON },
      { id: "papi.transparency", name: { vi: "Công khai, minh bạch", en: "Transparency in Local Decision-making" }, citation: PAPI_PCI_COMPARISON },
      { id: "papi.accountability", name: { vi: "Trách nhiệm giải trình với người dân", en: "Vertical Accountability" }, citation: PAPI_PCI_COMPARISON },
      { id: "papi.corruption", name: { vi: "Kiểm soát tham nhũng trong khu vực công", en: "Control of Corruption in the Public Sector" }, citation: PAPI_PCI_COMPARISON },
      { id: "papi.procedures", name: { vi: "Thủ tục hành chính công", en: "Public Administrative Procedures" }, citation: PAPI_PCI_COMPARISON },
      { id: "papi.services", name: { vi: "Cung ứng dịch vụ công", en: "Public Service Delivery" }, citation: PAPI_PCI_COMPARISON },
      { id: "papi.environment", name: { vi: "Quản trị môi trường", en: "Environmental Governance" }, citation: PAPI_PCI_COMPARISON },
      { id: "papi.e-governance", name: { vi: "Quản trị điện tử", en: "E-Governance" }, citation: PAPI_PCI_COMPARISON },
    ],
    facts: [
      {
        id: "papi.structure",
        text: {
          vi: "8 nội dung, 29 nội dung thành phần, hơn 120 chỉ số; khảo sát khoảng 14.000 người dân mỗi năm.",
          en: "8 dimensions, 29 sub-dimensions, more than 120 indicators; about 14,000 citizens surveyed a year.",
        },
        citation: PAPI_PCI_COMPARISON,
      },
      {
        id: "papi.aggregate",
        text: {
          vi: "Điểm tổng hợp bằng tổng điểm 8 nội dung (kiểm tra trên số liệu Bắc Ninh 2023).",
          en: "The aggregate is the plain sum of the 8 dimension scores (checked on Bắc Ninh's 2023 figures).",
        },
        citation: { confidence: "INFERRED", note: "Arithmetic on confirmed data: 45.7046 vs published 45.7047." },
      },
      {
        id: "papi.dimension-scale",
        text: { vi: "Mỗi nội dung chấm 1–10 (tổng 8–80).", en: "Each dimension scored 1–10 (aggregate 8–80)." },
        citation: { confidence: "UNCONFIRMED", note: "Consistent with the sum above; not stated by any source read." },
      },
      {
        id: "papi.bac-ninh-2023",
        text: { vi: "Bắc Ninh PAPI 2023: 45,7047 điểm, xếp 3/63.", en: "Bắc Ninh PAPI 2023: 45.7047, ranked 3/63." },
        citation: { confidence: "SECONDARY", url: "https://hcc.bacninh.gov.vn/news/-/details/11742135/-64506045" },
      },
    ],
    source: ["I.1", "II.2"],
  },
  {
    id: "pci",
    abbreviation: "PCI",
    name: { vi: "Chỉ số năng lực cạnh tranh cấp tỉnh", en: "Provincial Competitiveness Index" },
    runBy: { vi: "VCCI", en: "VCCI" },
    unit: "points",
    maxTotal: 100,
    methodology: [PAPI_PCI_COMPARISON],
    components: [
      { id: "pci.market-entry", name: { vi: "Gia nhập thị trường", en: "Market entry" }, citation: PCI_SUBINDICES },
      { id: "pci.land", name: { vi: "Tiếp cận đất đai", en: "Access to land" }, citation: PCI_SUBINDICES },
      { id: "pci.transparency", name: { vi: "Tính minh bạch", en: "Transparency" }, citation: PCI_SUBINDICES },
      { id: "pci.time-cost", name: { vi: "Chi phí thời gian", en: "Time costs" }, citation: PCI_SUBINDICES },
      { id: "pci.informal-charges", name: { vi: "Chi phí không chính thức", en: "Informal charges" }, citation: PCI_SUBINDICES },
      { id: "pci.fair-competition", name: { vi: "Cạnh tranh bình đẳng", en: "Policy bias (fair competition)" }, citation: PCI_SUBINDICES },
      { id: "pci.proactivity", name: { vi: "Tính năng động của chính quyền tỉnh", en: "Proactivity of provincial leadership" }, citation: PCI_SUBINDICES },
      { id: "pci.business-support", name: { vi: "Dịch vụ hỗ trợ doanh nghiệp", en: "Business support services" }, citation: PCI_SUBINDICES },
      { id: "pci.labour-training", name: { vi: "Đào tạo lao động", en: "Labour training" }, citation: PCI_SUBINDICES },
      { id: "pci.legal-institutions", name: { vi: "Thiết chế pháp lý và an ninh trật tự", en: "Legal institutions and law and order" }, citation: PCI_SUBINDICES },
    ],
    facts: [
      {
        id: "pci.structure",
        text: {
          vi: "10 chỉ số thành phần, 128 chỉ tiêu; khảo sát khoảng 10.000 doanh nghiệp mỗi năm, kết hợp số liệu cứng.",
          en: "10 sub-indices, 128 indicators; about 10,000 firms surveyed a year, combined with hard data.",
        },
        citation: PAPI_PCI_COMPARISON,
      },
      {
        id: "pci.scale",
        text: {
          vi: "Mỗi chỉ số thành phần chuẩn hóa về thang 10, rồi tổng hợp có trọng số, tối đa 100 điểm.",
          en: "Each sub-index is normalised to 10 points, then weighted into a composite with a maximum of 100.",
        },
        citation: { confidence: "SECONDARY", url: "https://vietlod.com/tai-bo-du-lieu-chi-pci-2005-2016/2" },
      },
      {
        id: "pci.weights-2016",
        text: {
          vi: "Trọng số theo Sổ tay PCI 2016 (%): gia nhập thị trường 5, đất đai 5, minh bạch 20, chi phí thời gian 5, chi phí không chính thức 10, cạnh tranh bình đẳng 5, năng động 5, hỗ trợ doanh nghiệp 20, đào tạo lao động 20, thiết chế pháp lý 5.",
          en: "Weights per the 2016 PCI handbook (%): market entry 5, land 5, transparency 20, time costs 5, informal charges 10, fair competition 5, proactivity 5, business support 20, labour training 20, legal institutions 5.",
        },
        citation: {
          confidence: "SECONDARY",
          note: "A thesis excerpt citing the VCCI 2016 handbook; the last weight is cut off and 5 = 100 − 95. Not used as current weights.",
        },
      },
      {
        id: "pci.weights-current",
        text: { vi: "Trọng số các kỳ PCI từ 2021 chưa xác nhận.", en: "Weights of PCI editions from 2021 on are not confirmed." },
        citation: UNCONFIRMED_POINTS,
      },
      {
        id: "pci.bac-ninh-2022",
        text: { vi: "Bắc Ninh PCI 2022: 69,08 điểm, xếp 7.", en: "Bắc Ninh PCI 2022: 69.08, ranked 7th." },
        citation: { confidence: "SECONDARY", url: "https://investinquangninh.vn/vi/pci" },
      },
    ],
    source: ["I.1", "II.2", "II.4.5"],
  },
  {
    id: "index-766",
    abbreviation: "766",
    name: {
      vi: "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, DVC theo thời gian thực",
      en: "Real-time index of direction and service quality in administrative procedures and public services (QĐ 766/QĐ-TTg)",
    },
    runBy: { vi: "Văn phòng Chính phủ (Cổng Dịch vụ công quốc gia)", en: "Government Office (National Public Service Portal)" },
    unit: "points",
    maxTotal: 100,
    methodology: [QD_766],
    components: [
      { id: "766.transparency", name: { vi: "Công khai, minh bạch", en: "Publicity and transparency" }, maxPoints: 18, citation: QD_766 },
      {
        id: "766.transparency.published-on-time",
        parent: "766.transparency",
        name: { vi: "Tỷ lệ TTHC công bố, cập nhật đúng hạn", en: "Share of procedures published and updated on time" },
        maxPoints: 4,
        citation: PRESS_766,
      },
      { id: "766.progress", name: { vi: "Tiến độ, kết quả giải quyết", en: "Progress and results of handling" }, maxPoints: 20, citation: QD_766 },
      {
        id: "766.progress.on-time",
        parent: "766.progress",
        name: { vi: "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", en: "Share of dossiers handled early or on time" },
        maxPoints: 20,
        citation: { ...PRESS_766, note: "Carries up to 20 points per the press summary; how the group's points split among its indicators is UNCONFIRMED." },
      },
      { id: "766.digitisation", name: { vi: "Số hóa hồ sơ", en: "Digitisation of dossiers" }, maxPoints: 22, citation: QD_766 },
      {
        id: "766.digitisation.components",
        parent: "766.digitisation",
        name: { vi: "Tỷ lệ số hóa thành phần hồ sơ, kết quả giải quyết TTHC", en: "Share of dossier components and results digitised" },
        citation: UNCONFIRMED_POINTS,
      },
      {
        id: "766.digitisation.reuse",
        parent: "766.digitisation",
        name: { vi: "Tỷ lệ khai thác, sử dụng lại thông tin số hóa", en: "Share of digitised information reused" },
        citation: UNCONFIRMED_POINTS,
      },
      {
        id: "766.digitisation.e-results",
        parent: "766.digitisation",
        name: { vi: "Tỷ lệ cấp kết quả điện tử", en: "Share of electronic results" },
        citation: UNCONFIRMED_POINTS,
      },
      { id: "766.online", name: { vi: "Cung cấp dịch vụ trực tuyến", en: "Online service provision" }, maxPoints: 22, citation: QD_766 },
      {
        id: "766.online.services",
        parent: "766.online",
        name: { vi: "Dịch vụ công trực tuyến", en: "Online public services" },
        maxPoints: 12,
        citation: { confidence: "SECONDARY", note: "Shown as 12 + 10 on the portal (Bắc Ninh weekly reports, vietnam.vn)." },
      },
      {
        id: "766.online.payment",
        parent: "766.online",
        name: { vi: "Thanh toán trực tuyến", en: "Online payment" },
        maxPoints: 10,
        citation: { confidence: "SECONDARY", note: "Shown as 12 + 10 on the portal (Bắc Ninh weekly reports, vietnam.vn)." },
      },
      { id: "766.satisfaction", name: { vi: "Mức độ hài lòng", en: "Satisfaction" }, maxPoints: 18, citation: QD_766 },
      {
        id: "766.satisfaction.feedback-on-time",
        parent: "766.satisfaction",
        name: { vi: "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn", en: "Share of feedback and petitions handled on time" },
        citation: { confidence: "VERIFIED", url: "https://vietjack.me/phap-luat/quyet-dinh-766-qd-ttg-2271.html", note: "Formula confirmed; points UNCONFIRMED." },
      },
      {
        id: "766.satisfaction.feedback",
        parent: "766.satisfaction",
        name: { vi: "Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị", en: "Satisfaction with the handling of feedback and petitions" },
        citation: { confidence: "VERIFIED", url: "https://vietjack.me/phap-luat/quyet-dinh-766-qd-ttg-2271.html", note: "Formula confirmed; points UNCONFIRMED." },
      },
      {
        id: "766.satisfaction.procedures",
        parent: "766.satisfaction",
        name: { vi: "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", en: "Satisfaction with receiving and handling procedures" },
        maxPoints: 6,
        citation: { ...PRESS_766, note: "6 of the 18 points per the press summary; its formula is cut off in the source." },
      },
    ],
    facts: [
      {
        id: "766.issued",
        text: {
          vi: "Ban hành ngày 23/6/2022, hiệu lực từ ngày ký; vận hành chính thức từ 01/8/2022 trên Cổng Dịch vụ công quốc gia.",
          en: "Issued 2022-06-23, in force on signing; in official operation on the National Public Service Portal from 2022-08-01.",
        },
        citation: QD_766,
      },
      {
        id: "766.bac-ninh-2025",
        text: {
          vi: "Bắc Ninh dẫn đầu cả nước 12 tuần liên tiếp cuối năm 2025; tuần đến 08/12/2025 đạt 92,80 điểm.",
          en: "Bắc Ninh led the country for 12 consecutive weeks in late 2025; 92.80 points in the week ending 2025-12-08.",
        },
        citation: { confidence: "SECONDARY", url: "https://vietnamnews.vn/society/1731990" },
      },
      {
        id: "766.indicator-points",
        text: {
          vi: "Điểm từng chỉ tiêu ngoài các giá trị nêu trên và công thức nhóm số hóa, trực tuyến chưa xác nhận.",
          en: "Per-indicator points beyond those above, and the digitisation and online formulas, are not confirmed.",
        },
        citation: UNCONFIRMED_POINTS,
      },
    ],
    source: ["II.4.2", "II.4.6"],
  },
])();
