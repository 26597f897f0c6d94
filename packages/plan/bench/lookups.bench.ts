/**
 * Lookups a newsroom or a service-centre form runs per item, each against a named baseline:
 * - commune by name typed any way: baseline = a linear scan that folds every unit's name on each call;
 * - topics for a headline: baseline = folding every keyword on each call and a plain substring test.
 */
import { foldKey } from "@cchc/core";
import { bacNinhAdminUnits, findCommune, matchTopics, topics } from "@cchc/plan";
import { suite } from "../../../scripts/bench-harness.js";

const units = bacNinhAdminUnits();
const queries = ["P. Kinh Bắc", "xa tuan dao", "Phường Đồng Nguyên".normalize("NFD"), "09187", "LỤC NGẠN", "Phường Vân Hà"];
const headlines = [
  "Bắc Ninh dẫn đầu cả nước về thanh toán trực tuyến và hồ sơ đúng hạn",
  "Sở Y tế xin lỗi người dân vì hồ sơ trễ hạn",
  "Tập huấn kỹ năng số cho cán bộ, công chức cấp xã",
  "Phường Kinh Bắc ra mắt mô hình hay về cải cách thủ tục hành chính",
];

let sink = 0;
await suite(
  "commune by name or code: 6 queries",
  {
    name: "baseline: linear scan, fold every name per call",
    fn: () => {
      for (const q of queries) {
        const key = foldKey(q).replace(/^(?:p\.|phuong|xa|x\.)\s*/, "");
        sink += units.communes.find((c) => c.code === q || foldKey(c.name) === key)?.code.length ?? 0;
      }
    },
  },
  [{ name: "findCommune (indexed, cached per register)", fn: () => { for (const q of queries) sink += findCommune(units, q).ok ? 1 : 0; } }],
);

await suite(
  "topics for a headline: 4 headlines × 11 topics",
  {
    name: "baseline: fold every keyword per call, substring test",
    fn: () => {
      for (const h of headlines) {
        const key = foldKey(h);
        for (const t of topics) if (t.keywords.some((k) => key.includes(foldKey(k)))) sink++;
      }
    },
  },
  [{ name: "matchTopics (keywords prepared once, whole words)", fn: () => { for (const h of headlines) { const r = matchTopics(topics, h); sink += r.ok ? r.value.length : 0; } } }],
);

if (sink < 0) console.log(sink);
