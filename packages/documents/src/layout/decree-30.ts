import type { Citation } from "@cchc/core";

/**
 * A range the decree allows and the value this package uses.
 *
 * @example
 * ```ts
 * import type { AllowedRange } from "@cchc/documents";
 *
 * const size: AllowedRange = { min: 13, max: 14, used: 14 };
 * ```
 *
 * @category Layout (NĐ 30/2020)
 */
export interface AllowedRange {
  /** Smallest value the decree allows. */
  readonly min: number;
  /** Largest value the decree allows. */
  readonly max: number;
  /** The value the rendered documents use. */
  readonly used: number;
}

/**
 * One presentation rule of Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I (thể thức và kỹ thuật trình bày
 * văn bản hành chính): where it is written and how sure the project is of the reading.
 *
 * @example
 * ```ts
 * import { DECREE_30_LAYOUT } from "@cchc/documents";
 *
 * DECREE_30_LAYOUT.margins.citation.clause; // => "Phụ lục I, Phần I, Mục I, khoản 3"
 * ```
 *
 * @category Layout (NĐ 30/2020)
 */
export interface DecreeRule<T> {
  /** The rule's values (sizes in points, lengths in millimetres). */
  readonly value: T;
  /** Where the decree says so. */
  readonly citation: Citation;
}

const DECREE = "30/2020/NĐ-CP";
const TITLE = "Nghị định 30/2020/NĐ-CP về công tác văn thư";
/** The decree's text was read through two independent secondary summaries, not the gazette itself. */
const SOURCES =
  "Secondary summaries of the decree: luatvietnam.vn (huong-dan-moi-ve-cach-trinh-bay-van-ban-hanh-chinh-186-24146-article) and danluatold.thuvienphapluat.vn; the project's facts file indices-identifiers-units.md §2.1.";

function rule<T>(value: T, clause: string, quote: string, confidence: Citation["confidence"] = "SECONDARY", note = SOURCES): DecreeRule<T> {
  return { value, citation: { document: DECREE, title: TITLE, clause, quote, confidence, note } };
}

/**
 * The presentation rules of Nghị định 30/2020/NĐ-CP (Phụ lục I, Phần I) that the rendered documents
 * follow, as data: page, margins, font, the size and style of each element of the header, title,
 * signature and recipient blocks, page numbers and the issue-date rule. Every rule cites its clause.
 * The decree's text was read through secondary summaries (confidence `SECONDARY`); the draft marker
 * ("DỰ THẢO") is not a part of the decree's Phụ lục I at all and its presentation here is the usual
 * office practice (`UNCONFIRMED`). Sizes are points, lengths millimetres; where the decree allows a
 * range, `used` is the value chosen.
 *
 * @example
 * ```ts
 * import { DECREE_30_LAYOUT } from "@cchc/documents";
 *
 * DECREE_30_LAYOUT.page.value; // => { widthMm: 210, heightMm: 297, orientation: "portrait" }
 * DECREE_30_LAYOUT.margins.value.left; // => { min: 30, max: 35, used: 30 }
 * DECREE_30_LAYOUT.bodySize.value.used; // => 14
 * ```
 *
 * @category Layout (NĐ 30/2020)
 */
export const DECREE_30_LAYOUT = {
  page: rule(
    { widthMm: 210, heightMm: 297, orientation: "portrait" as const },
    "Phụ lục I, Phần I, Mục I, khoản 1–2",
    "Văn bản hành chính được trình bày trên khổ giấy A4 (210 mm x 297 mm) … theo chiều dài của khổ A4",
  ),
  margins: rule(
    {
      top: { min: 20, max: 25, used: 20 } satisfies AllowedRange,
      bottom: { min: 20, max: 25, used: 20 } satisfies AllowedRange,
      left: { min: 30, max: 35, used: 30 } satisfies AllowedRange,
      right: { min: 15, max: 20, used: 15 } satisfies AllowedRange,
    },
    "Phụ lục I, Phần I, Mục I, khoản 3",
    "Cách mép trên và mép dưới 20 - 25 mm; cách mép trái 30 - 35 mm; cách mép phải 15 - 20 mm",
  ),
  font: rule(
    "Times New Roman",
    "Phụ lục I, Phần I, Mục I, khoản 4",
    "Phông chữ tiếng Việt Times New Roman, bộ mã ký tự Unicode theo TCVN 6909:2001, màu đen",
  ),
  pageNumbers: rule(
    { size: { min: 13, max: 14, used: 14 } satisfies AllowedRange, firstPageShown: false },
    "Phụ lục I, Phần I, Mục I, khoản 7",
    "Được đánh từ số 1, bằng chữ số Ả Rập, cỡ chữ 13 đến 14, kiểu chữ đứng, được đặt canh giữa theo chiều ngang trong phần lề trên của văn bản, không hiển thị số trang thứ nhất",
  ),
  nationalTitle: rule(
    { size: { min: 12, max: 13, used: 12 } satisfies AllowedRange, bold: true, upperCase: true },
    "Phụ lục I, Phần I, Mục II, khoản 1, điểm a",
    "Quốc hiệu … chữ in hoa, cỡ chữ từ 12 đến 13, kiểu chữ đứng, đậm và ở phía trên cùng, bên phải trang đầu tiên",
  ),
  motto: rule(
    { size: { min: 13, max: 14, used: 13 } satisfies AllowedRange, bold: true, ruleLength: "text" as const },
    "Phụ lục I, Phần I, Mục II, khoản 1, điểm b",
    "Tiêu ngữ … chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm … phía dưới có đường kẻ ngang, nét liền, có độ dài bằng độ dài của dòng chữ",
  ),
  issuer: rule(
    {
      parentSize: { min: 12, max: 13, used: 12 } satisfies AllowedRange,
      size: { min: 12, max: 13, used: 12 } satisfies AllowedRange,
      bold: true,
      ruleFraction: { min: 1 / 3, max: 1 / 2, used: 0.4 } satisfies AllowedRange,
    },
    "Phụ lục I, Phần I, Mục II, khoản 2, điểm c",
    "Tên cơ quan … chữ in hoa, cỡ chữ từ 12 đến 13, kiểu chữ đứng, đậm, được đặt canh giữa dưới tên cơ quan, tổ chức chủ quản trực tiếp; phía dưới có đường kẻ ngang, nét liền, có độ dài bằng từ 1/3 đến 1/2 độ dài của dòng chữ",
  ),
  number: rule(
    { size: 13, leadingZeroBelow: 10 },
    "Phụ lục I, Phần I, Mục II, khoản 3, điểm c",
    "Từ \"Số\" được trình bày bằng chữ in thường, cỡ chữ 13, kiểu chữ đứng; sau từ \"Số\" có dấu hai chấm (:); với những số nhỏ hơn 10 phải ghi thêm số 0 phía trước",
  ),
  placeAndDate: rule(
    { size: { min: 13, max: 14, used: 14 } satisfies AllowedRange, italic: true, leadingZero: { dayBelow: 10, months: [1, 2] } },
    "Phụ lục I, Phần I, Mục II, khoản 4, điểm b–c",
    "Các số thể hiện ngày, tháng, năm dùng chữ số Ả Rập; đối với những số thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước … chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ nghiêng",
  ),
  title: rule(
    {
      size: { min: 13, max: 14, used: 14 } satisfies AllowedRange,
      bold: true,
      ruleFraction: { min: 1 / 3, max: 1 / 2, used: 0.4 } satisfies AllowedRange,
    },
    "Phụ lục I, Phần I, Mục II, khoản 5, điểm c",
    "Tên loại văn bản … chữ in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm. Trích yếu … ngay dưới tên loại văn bản, bằng chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm. Bên dưới trích yếu có đường kẻ ngang, nét liền, có độ dài bằng từ 1/3 đến 1/2 độ dài của dòng chữ",
  ),
  bodySize: rule(
    { min: 13, max: 14, used: 14 } satisfies AllowedRange,
    "Phụ lục I, Phần I, Mục II, khoản 6",
    "Phần nội dung văn bản được trình bày bằng chữ in thường, được canh đều cả hai lề, kiểu chữ đứng; cỡ chữ từ 13 đến 14",
  ),
  paragraph: rule(
    {
      firstLineIndentMm: { min: 10, max: 12.7, used: 12.7 } satisfies AllowedRange,
      spacingAfterPt: { min: 6, max: Number.POSITIVE_INFINITY, used: 6 } satisfies AllowedRange,
      lineSpacing: { min: 1, max: 1.5, used: 1.15 } satisfies AllowedRange,
      justified: true,
    },
    "Phụ lục I, Phần I, Mục II, khoản 6",
    "Khi xuống dòng, chữ đầu dòng phải lùi vào từ 1 cm đến 1,27 cm; khoảng cách giữa các đoạn văn tối thiểu là 6pt; khoảng cách giữa các dòng tối thiểu là dòng đơn, tối đa là 1,5 lines",
  ),
  signature: rule(
    { size: { min: 13, max: 14, used: 14 } satisfies AllowedRange, bold: true, upperCaseAuthority: true },
    "Phụ lục I, Phần I, Mục II, khoản 7",
    "Quyền hạn, chức vụ của người ký … chữ in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm … họ và tên … chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm, được đặt canh giữa so với quyền hạn, chức vụ",
  ),
  recipients: rule(
    { headingSize: 12, headingBold: true, headingItalic: true, listSize: 11 },
    "Phụ lục I, Phần I, Mục II, khoản 9",
    "Từ \"Nơi nhận\" … sau có dấu hai chấm (:), bằng chữ in thường, cỡ chữ 12, kiểu chữ nghiêng, đậm. Phần liệt kê … cỡ chữ 11, kiểu chữ đứng; … mỗi … trên một dòng riêng, đầu dòng có gạch đầu dòng (-) sát lề trái, cuối dòng có dấu chấm phẩy (;); riêng dòng cuối cùng bao gồm chữ \"Lưu\" sau có dấu hai chấm (:), tiếp theo là chữ viết tắt \"VT\", dấu phẩy (,), chữ viết tắt tên đơn vị … cuối cùng là dấu chấm (.)",
  ),
  draftMark: rule(
    { size: 13, bold: true, boxed: true },
    "(not in Phụ lục I of 30/2020/NĐ-CP)",
    "DỰ THẢO",
    "UNCONFIRMED",
    "Phụ lục I of 30/2020/NĐ-CP, as summarised, lists no draft marker. The boxed, bold \"DỰ THẢO\" at the top right follows the earlier Thông tư 01/2011/TT-BNV and common office practice; treat it as a convention, not a rule of the decree.",
  ),
} as const;
