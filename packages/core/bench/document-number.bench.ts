/**
 * Document-number parsing against the named baseline: a plain regular-expression split
 * (the pattern suggested in ../shared/domain/indices-identifiers-units.md §6), which only splits the
 * text and neither normalizes, validates nor canonicalizes it.
 */
import { parseDocumentNumber } from "@cchc/core";
import { suite } from "../../../scripts/bench-harness.js";

const inputs = [
  "167/KH-UBND",
  "Số: 09/2019/nđ-cp",
  "1187/UBND-KTTH",
  "68/2025/QĐ-UBND",
  "1658/NQ-UBTVQH15",
  "76/NQ-CP",
  "202/2025/QH15",
  "60-NQ/TW",
  "2231/SNV-CCHC&PC",
  "5/qđ-ttg",
];
const PLAIN_SPLIT = /^(\d+)\/(?:(\d{4})\/)?([^-/]+)-(.+)$/;

let sink = 0;
await suite(
  "document numbers: parse 10 real numbers",
  {
    name: "baseline: plain regex split",
    fn: () => {
      for (const s of inputs) sink += PLAIN_SPLIT.exec(s)?.length ?? 0;
    },
  },
  [
    {
      name: "parseDocumentNumber",
      fn: () => {
        for (const s of inputs) sink += parseDocumentNumber(s).ok ? 1 : 0;
      },
    },
  ],
);
if (sink === 42) console.log("");
