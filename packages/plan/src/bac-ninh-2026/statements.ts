import type { Statement } from "../model/statement.js";

/**
 * The purposes of the 2026 plan (Mục I.1), one statement per idea, `text.vi` verbatim.
 *
 * @example
 * ```ts
 * import { bacNinh2026Purposes } from "@cchc/plan";
 *
 * bacNinh2026Purposes.map((p) => p.id); // => ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"]
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const bacNinh2026Purposes: readonly Statement[] = [
  {
    id: "P1",
    text: {
      vi: "Tuyên truyền kịp thời, sâu rộng chủ trương, chính sách của Đảng, Nhà nước và của tỉnh về cải cách hành chính (CCHC)",
      en: "Communicate the Party's, the State's and the province's administrative-reform policies promptly and widely",
    },
    source: ["I.1"],
  },
  {
    id: "P2",
    text: {
      vi: "Nội dung tuyên truyền được lan tỏa qua các kênh thông tin chính thống, nền tảng số và các hình thức tuyên truyền phù hợp",
      en: "Spread the content through official information channels, digital platforms and suitable forms",
    },
    source: ["I.1"],
  },
  {
    id: "P3",
    text: {
      vi: "góp phần xây dựng nền hành chính dân chủ, chuyên nghiệp, hiện đại; đảm bảo phù hợp với tình hình thực tế và đáp ứng yêu cầu của chính quyền địa phương 02 cấp",
      en: "Help build a democratic, professional, modern administration that fits reality and the two-level local government",
    },
    source: ["I.1"],
  },
  {
    id: "P4",
    text: { vi: "khuyến khích sự tham gia, giám sát của xã hội", en: "Encourage public participation and oversight" },
    source: ["I.1"],
  },
  {
    id: "P5",
    text: {
      vi: "cải thiện chất lượng phục vụ và nâng cao các chỉ số PAR INDEX, SIPAS, PAPI, PCI của tỉnh Bắc Ninh",
      en: "Improve service quality and raise Bắc Ninh's PAR INDEX, SIPAS, PAPI and PCI",
    },
    source: ["I.1"],
  },
  {
    id: "P6",
    text: {
      vi: "Phát huy vai trò của báo chí, hệ thống thông tin cơ sở và các nền tảng truyền thông số trong tuyên truyền CCHC",
      en: "Make full use of the press, the grassroots information system and digital media",
    },
    source: ["I.1"],
  },
  {
    id: "P7",
    text: {
      vi: "tăng cường phối hợp, chia sẻ thông tin giữa các cơ quan hành chính và các cơ quan báo chí, truyền thông",
      en: "Strengthen coordination and information sharing between administrative agencies and the press and media",
    },
    source: ["I.1"],
  },
  {
    id: "P8",
    text: {
      vi: "đảm bảo phản ánh đầy đủ, kịp thời kết quả CCHC, tránh trùng lặp, nâng cao hiệu quả công tác tuyên truyền",
      en: "Report reform results fully and promptly, avoid duplication, and make communication more effective",
    },
    source: ["I.1"],
  },
];

/**
 * The requirements of the 2026 plan (Mục I.2), one statement per idea, `text.vi` verbatim — including the
 * Government's 2026 motto and the encouragement to use new technology, AI among it.
 *
 * @example
 * ```ts
 * import { bacNinh2026Requirements } from "@cchc/plan";
 *
 * bacNinh2026Requirements.find((r) => r.id === "R6")?.text.en.includes("AI"); // => true
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const bacNinh2026Requirements: readonly Statement[] = [
  {
    id: "R1",
    text: {
      vi: "Công tác tuyên truyền CCHC phải bám sát chỉ đạo của Chính phủ, Tỉnh ủy, HĐND, UBND tỉnh và tập trung triển khai theo Kế hoạch số 167/KH-UBND ngày 17/12/2025 của UBND tỉnh về CCHC tỉnh Bắc Ninh năm 2026",
      en: "Follow the direction of the Government, the Provincial Party Committee, People's Council and People's Committee, and implement plan 167/KH-UBND of 17/12/2025",
    },
    source: ["I.2"],
  },
  {
    id: "R2",
    text: {
      vi: "phản ánh đầy đủ công tác chỉ đạo, tổ chức thực hiện, tháo gỡ khó khăn và mang lại lợi ích thiết thực cho người dân, doanh nghiệp, đúng với tinh thần của Chính phủ “Kỷ cương trách nhiệm, tăng tốc, bứt phá hoàn thành các nhiệm vụ chính trị trọng tâm năm 2026”",
      en: "Fully reflect direction, implementation and problem-solving, bring real benefits to citizens and businesses, in the spirit of the Government's 2026 motto \"Discipline and responsibility, acceleration and breakthrough to complete the key political tasks of 2026\"",
    },
    source: ["I.2"],
  },
  {
    id: "R3",
    text: {
      vi: "Công tác tuyên truyền phải được thực hiện thường xuyên, liên tục, có trọng tâm, trọng điểm",
      en: "Communicate regularly and continuously, with focus and priorities",
    },
    source: ["I.2"],
  },
  {
    id: "R4",
    text: {
      vi: "Nội dung tuyên truyền chính xác, kịp thời, dễ hiểu, dễ tiếp cận",
      en: "Content that is accurate, timely, easy to understand and easy to reach",
    },
    source: ["I.2"],
  },
  {
    id: "R5",
    text: {
      vi: "hình thức tuyên truyền đa dạng, linh hoạt, phù hợp với sự phát triển của các nền tảng số, truyền thông đa phương tiện",
      en: "Diverse, flexible forms suited to digital platforms and multimedia",
    },
    source: ["I.2"],
  },
  {
    id: "R6",
    text: {
      vi: "khuyến khích ứng dụng các công nghệ mới, trong đó có trí tuệ nhân tạo (AI), nhằm nâng cao chất lượng nội dung, mở rộng khả năng tiếp cận và tăng hiệu quả công tác tuyên truyền CCHC",
      en: "New technology, AI included, is encouraged to raise content quality, reach and effectiveness",
    },
    source: ["I.2"],
  },
];
