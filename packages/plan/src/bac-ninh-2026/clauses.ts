import type { PlanClause } from "../model/clause.js";

/**
 * The clauses of the 2026 plan's text, in reading order: the preamble with its legal bases, sections I–V
 * with their numbered items (II.4 with 4.1–4.6), the closing paragraph, the distribution list (nơi nhận)
 * and the signature block. `opening` holds the clause's first words verbatim (a test finds each in the
 * source text, and finds every numbered heading of the source in this list).
 *
 * @example
 * ```ts
 * import { bacNinh2026Clauses } from "@cchc/plan";
 *
 * bacNinh2026Clauses.find((c) => c.id === "II.4.6")?.title.en; // => "Digital transformation in state agencies"
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const bacNinh2026Clauses: readonly PlanClause[] = [
  {
    id: "preamble",
    kind: "preamble",
    title: { vi: "Căn cứ ban hành", en: "Legal bases (preamble)" },
    opening: "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ",
  },
  { id: "I", kind: "section", number: "I.", title: { vi: "Mục đích, yêu cầu", en: "Purpose and requirements" }, opening: "I. MỤC ĐÍCH, YÊU CẦU" },
  { id: "I.1", kind: "item", parent: "I", number: "1.", title: { vi: "Mục đích", en: "Purpose" }, opening: "1. Mục đích" },
  { id: "I.2", kind: "item", parent: "I", number: "2.", title: { vi: "Yêu cầu", en: "Requirements" }, opening: "2. Yêu cầu" },
  { id: "II", kind: "section", number: "II.", title: { vi: "Nội dung tuyên truyền", en: "Content" }, opening: "II. NỘI DUNG TUYÊN TRUYỀN" },
  {
    id: "II.1",
    kind: "item",
    parent: "II",
    number: "1.",
    title: { vi: "Quan điểm, chủ trương của Đảng, chính sách pháp luật về CCHC", en: "Party and State policy on administrative reform" },
    opening: "1. Tuyên truyền các quan điểm, chủ trương của Đảng",
  },
  {
    id: "II.2",
    kind: "item",
    parent: "II",
    number: "2.",
    title: { vi: "Công tác chỉ đạo, điều hành về CCHC", en: "Direction and administration of reform" },
    opening: "2. Tuyên truyền công tác chỉ đạo, điều hành về CCHC",
  },
  {
    id: "II.3",
    kind: "item",
    parent: "II",
    number: "3.",
    title: { vi: "Giải pháp đổi mới, sáng tạo", en: "Innovative solutions" },
    opening: "3. Tuyên truyền các giải pháp đổi mới, sáng tạo",
  },
  {
    id: "II.4",
    kind: "item",
    parent: "II",
    number: "4.",
    title: { vi: "Các nội dung chính trong công tác CCHC", en: "The six main areas of reform" },
    opening: "4. Tích cực tuyên truyền các nội dung chính trong công tác CCHC",
  },
  { id: "II.4.1", kind: "item", parent: "II.4", number: "4.1.", title: { vi: "Cải cách thể chế", en: "Institutional reform" }, opening: "4.1. Cải cách thể chế" },
  { id: "II.4.2", kind: "item", parent: "II.4", number: "4.2.", title: { vi: "Cải cách TTHC", en: "Administrative procedure reform" }, opening: "4.2. Cải cách TTHC" },
  {
    id: "II.4.3",
    kind: "item",
    parent: "II.4",
    number: "4.3.",
    title: { vi: "Cải cách tổ chức bộ máy hành chính nhà nước", en: "Reform of the state administrative apparatus" },
    opening: "4.3. Cải cách tổ chức bộ máy hành chính nhà nước",
  },
  { id: "II.4.4", kind: "item", parent: "II.4", number: "4.4.", title: { vi: "Cải cách chế độ công vụ", en: "Civil service reform" }, opening: "4.4. Cải cách chế độ công vụ" },
  { id: "II.4.5", kind: "item", parent: "II.4", number: "4.5.", title: { vi: "Cải cách tài chính công", en: "Public finance reform" }, opening: "4.5. Cải cách tài chính công" },
  {
    id: "II.4.6",
    kind: "item",
    parent: "II.4",
    number: "4.6.",
    title: { vi: "Chuyển đổi số trong các cơ quan nhà nước", en: "Digital transformation in state agencies" },
    opening: "4.6. Chuyển đổi số trong các cơ quan nhà nước",
  },
  {
    id: "II.5",
    kind: "item",
    parent: "II",
    number: "5.",
    title: { vi: "Kết quả nổi bật, cách làm hay, sáng kiến", en: "Outstanding results, good practices, initiatives" },
    opening: "5. Tuyên truyền các kết quả nổi bật, cách làm hay, sáng kiến",
  },
  { id: "III", kind: "section", number: "III.", title: { vi: "Hình thức tuyên truyền", en: "Forms of communication" }, opening: "III. HÌNH THỨC TUYÊN TRUYỀN" },
  {
    id: "III.1",
    kind: "item",
    parent: "III",
    number: "1.",
    title: { vi: "Phương tiện thông tin đại chúng và nền tảng số", en: "Mass media and digital platforms" },
    opening: "1. Tuyên truyền qua phương tiện thông tin đại chúng và nền tảng số",
  },
  {
    id: "III.2",
    kind: "item",
    parent: "III",
    number: "2.",
    title: { vi: "Công khai, cập nhật thủ tục hành chính", en: "Publishing and updating procedures" },
    opening: "2. Công khai, cập nhật thủ tục hành chính",
  },
  {
    id: "III.3",
    kind: "item",
    parent: "III",
    number: "3.",
    title: { vi: "Ấn phẩm, tài liệu trực quan", en: "Printed and visual materials" },
    opening: "3. Tuyên truyền qua ấn phẩm, tài liệu trực quan",
  },
  {
    id: "III.4",
    kind: "item",
    parent: "III",
    number: "4.",
    title: { vi: "Tuyên truyền viên, hội nghị, hội thảo, hội thi, tập huấn, sinh hoạt cộng đồng", en: "Communicators, conferences, contests, training, community meetings" },
    opening: "4. Tuyên truyền thông qua đội ngũ tuyên truyền viên",
  },
  { id: "IV", kind: "section", number: "IV.", title: { vi: "Kinh phí", en: "Funding" }, opening: "IV. KINH PHÍ" },
  { id: "V", kind: "section", number: "V.", title: { vi: "Tổ chức thực hiện", en: "Implementation" }, opening: "V. TỔ CHỨC THỰC HIỆN" },
  {
    id: "V.1",
    kind: "item",
    parent: "V",
    number: "1.",
    title: { vi: "Các cơ quan, đơn vị thuộc UBND tỉnh; Công an, Bưu điện, Thuế, BHXH, Điện lực tỉnh", en: "Agencies under the PPC; provincial Police, Post, Tax, Social Insurance, Power Company" },
    opening: "1. Các cơ quan, đơn vị thuộc UBND tỉnh; Công an tỉnh, Bưu điện tỉnh",
  },
  { id: "V.2", kind: "item", parent: "V", number: "2.", title: { vi: "Sở Văn hóa, Thể thao và Du lịch", en: "Department of Culture, Sports and Tourism" }, opening: "2. Sở Văn hóa, Thể thao và Du lịch" },
  { id: "V.3", kind: "item", parent: "V", number: "3.", title: { vi: "Sở Nội vụ", en: "Department of Home Affairs" }, opening: "3. Sở Nội vụ" },
  { id: "V.4", kind: "item", parent: "V", number: "4.", title: { vi: "Văn phòng UBND tỉnh", en: "Office of the PPC" }, opening: "4. Văn phòng UBND tỉnh" },
  {
    id: "V.5",
    kind: "item",
    parent: "V",
    number: "5.",
    title: { vi: "Báo và Phát thanh, Truyền hình Bắc Ninh", en: "Bắc Ninh Newspaper and Radio-Television" },
    opening: "5. Báo và Phát thanh, Truyền hình Bắc Ninh",
  },
  {
    id: "closing",
    kind: "closing",
    title: { vi: "Đoạn kết: phản ánh khó khăn, vướng mắc", en: "Closing: raising difficulties" },
    opening: "Trên đây là Kế hoạch tuyên truyền CCHC nhà nước tỉnh Bắc Ninh năm 2026",
  },
  { id: "noi-nhan", kind: "distribution", title: { vi: "Nơi nhận", en: "Distribution list" }, opening: "Nơi nhận:" },
  { id: "signature", kind: "signature", title: { vi: "Chữ ký", en: "Signature" }, opening: "KT. CHỦ TỊCH" },
];
