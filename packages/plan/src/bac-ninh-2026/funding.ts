import type { FundingSource } from "../model/funding.js";

/**
 * The funding of the 2026 plan (Mục IV): the state budget under the current budget decentralisation
 * (each level funds its own activities), and lawful non-budget sources, which the plan encourages.
 *
 * @example
 * ```ts
 * import { bacNinh2026Funding } from "@cchc/plan";
 *
 * bacNinh2026Funding.map((f) => [f.kind, f.stance]); // => [["state-budget", "mandated"], ["non-budget", "encouraged"]]
 * ```
 *
 * @category The Bắc Ninh 2026 plan
 */
export const bacNinh2026Funding: readonly FundingSource[] = [
  {
    id: "state-budget",
    kind: "state-budget",
    stance: "mandated",
    text: {
      vi: "Kinh phí thực hiện tuyên truyền CCHC được bố trí từ ngân sách nhà nước theo phân cấp hiện hành",
      en: "Communication is funded from the state budget according to the current budget decentralisation (each level funds its own work)",
    },
    source: ["IV"],
  },
  {
    id: "non-budget",
    kind: "non-budget",
    stance: "encouraged",
    text: {
      vi: "khuyến khích huy động các nguồn kinh phí hợp pháp ngoài ngân sách để triển khai các hoạt động tuyên truyền",
      en: "Mobilising lawful funds from outside the budget is encouraged",
    },
    source: ["IV"],
  },
];
