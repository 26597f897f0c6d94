import type { PlanMetadata } from "../model/metadata.js";

/**
 * The 2026 plan's metadata. The title is the one the preamble gives ("Kế hoạch tuyên truyền cải cách
 * hành chính tỉnh Bắc Ninh năm 2026"); the issuer is UBND tỉnh Bắc Ninh and the author its Chairman
 * ("Chủ tịch UBND tỉnh xây dựng Kế hoạch"); it is signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" by Mai Sơn. The
 * plan's **own number and date are absent** (the source text lacks its header), so `number` and `date`
 * are left out — UNCONFIRMED. The distribution list is the nơi nhận block, line by line.
 *
 * @example
 * ```ts
 * import { bacNinh2026Metadata } from "@cchc/plan";
 *
 * bacNinh2026Metadata.signature.signerName; // => "Mai Sơn"
 * bacNinh2026Metadata.number; // => undefined
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const bacNinh2026Metadata: PlanMetadata = {
  title: {
    vi: "Kế hoạch tuyên truyền cải cách hành chính tỉnh Bắc Ninh năm 2026",
    en: "Bắc Ninh province's 2026 plan for communicating administrative reform",
  },
  year: 2026,
  period: { from: "2026-01-01", to: "2026-12-31" },
  issuer: "ubnd-tinh",
  author: "chu-tich-ubnd-tinh",
  province: { code: "24", name: "Tỉnh Bắc Ninh" },
  signature: { prefix: "KT.", authorityTitle: "CHỦ TỊCH", signerTitle: "PHÓ CHỦ TỊCH", signerName: "Mai Sơn" },
  distribution: [
    { text: "Bộ Nội vụ", recipients: ["bo-noi-vu"], purpose: "recipient" },
    { text: "TT Tỉnh ủy; TT HĐND tỉnh", recipients: ["tt-tinh-uy", "tt-hdnd-tinh"], purpose: "recipient" },
    { text: "CT, các PCT UBND tỉnh", recipients: ["chu-tich-ubnd-tinh", "pho-chu-tich-ubnd-tinh"], purpose: "recipient" },
    { text: "Các sở, cơ quan thuộc UBND tỉnh", recipients: ["co-quan-thuoc-ubnd-tinh"], purpose: "recipient" },
    {
      text: "Công an tỉnh, Bưu điện tỉnh, Thuế tỉnh, Bảo hiểm xã hội tỉnh, Công ty Điện lực tỉnh",
      recipients: ["cong-an-tinh", "buu-dien-tinh", "thue-tinh", "bhxh-tinh", "dien-luc-tinh"],
      purpose: "recipient",
    },
    { text: "Báo và Phát thanh, Truyền hình Bắc Ninh", recipients: ["bao-ptth-bac-ninh"], purpose: "recipient" },
    { text: "Đảng ủy, UBND các xã, phường", recipients: ["dang-uy-xa-phuong", "ubnd-xa-phuong"], purpose: "recipient" },
    { text: "VP UBND tỉnh: LĐVP, TH, TTTT", recipients: ["vpubnd-ldvp", "vpubnd-th", "vpubnd-tttt"], purpose: "recipient" },
    { text: "Lưu: VT, KGVX.", recipients: ["vpubnd-vt", "vpubnd-kgvx"], purpose: "archive" },
  ],
  source: ["preamble", "noi-nhan", "signature"],
};
