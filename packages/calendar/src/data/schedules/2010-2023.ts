/**
 * 2010–2023: partial data. The decreed swaps come from python-holidays' `VietnamStaticHolidays`
 * (../shared/domain/calendar-and-deadlines.md §2.4, SECONDARY), which cites VPCP 6519/VPCP-KGVX (2018)
 * for its 2018–2019 entries; the other dispatch numbers are not given by the source. The occasion of
 * each swap is read from its dates. Tết 2020 is from §2.0 (socongthuong.daklak.gov.vn).
 *
 * None of these years is complete: the official Tết days and every swap of the year are not all in
 * the facts file, so their other choices are estimated and the years are flagged `estimated`.
 */
import type { Label } from "@cchc/core";
import { pythonHolidaysSwap } from "../citations.js";
import type { DecreedSwap, YearSchedule } from "../schedule-types.js";

const TET: Label = { vi: "Tết Nguyên đán", en: "Lunar New Year" };
const NEW_YEAR: Label = { vi: "Tết Dương lịch", en: "New Year" };
const VICTORY: Label = { vi: "30/4 – 1/5", en: "30 April – 1 May" };
const NATIONAL_DAY: Label = { vi: "Quốc khánh 2/9", en: "National Day" };

function swap(off: string, workedOn: string, occasion: Label, document?: string): DecreedSwap {
  return {
    off,
    workedOn,
    occasion: { vi: `${occasion.vi} ${off.slice(0, 4)}`, en: `${occasion.en} ${off.slice(0, 4)}` },
    citation: /* @__PURE__ */ pythonHolidaysSwap(
      document,
      document === undefined ? undefined : "python-holidays cites this dispatch for its 2018–2019 entries.",
    ),
  };
}

function partial(year: number, swaps: readonly DecreedSwap[], note: string): YearSchedule {
  return { year, complete: false, swaps, note };
}

const NO_DATA = "No official schedule in the facts file; Tết days and any swap are estimated.";

/** @internal */
export const SCHEDULES_2010_2023: readonly YearSchedule[] = [
  /* @__PURE__ */ partial(2010, [/* @__PURE__ */ swap("2010-02-19", "2010-02-27", TET)], "Swap from python-holidays; the Tết days are estimated."),
  /* @__PURE__ */ partial(2011, [], NO_DATA),
  /* @__PURE__ */ partial(2012, [/* @__PURE__ */ swap("2012-01-27", "2012-02-04", TET)], "Swap from python-holidays; the Tết days are estimated."),
  /* @__PURE__ */ partial(2013, [/* @__PURE__ */ swap("2013-04-29", "2013-05-04", VICTORY)], "Swap from python-holidays; the Tết days are estimated."),
  /* @__PURE__ */ partial(
    2014,
    [/* @__PURE__ */ swap("2014-05-02", "2014-04-26", VICTORY), /* @__PURE__ */ swap("2014-09-01", "2014-09-06", NATIONAL_DAY)],
    "Swaps from python-holidays; the Tết days are estimated.",
  ),
  /* @__PURE__ */ partial(
    2015,
    [
      /* @__PURE__ */ swap("2015-01-02", "2014-12-27", NEW_YEAR),
      /* @__PURE__ */ swap("2015-02-16", "2015-02-14", TET),
      /* @__PURE__ */ swap("2015-04-29", "2015-04-25", VICTORY),
    ],
    "Swaps from python-holidays; the Tết days are estimated.",
  ),
  /* @__PURE__ */ partial(2016, [], NO_DATA),
  /* @__PURE__ */ partial(2017, [], NO_DATA),
  /* @__PURE__ */ partial(
    2018,
    [/* @__PURE__ */ swap("2018-12-31", "2019-01-05", NEW_YEAR, "6519/VPCP-KGVX")],
    "Swap for New Year 2019 from python-holidays (6519/VPCP-KGVX); the Tết days are estimated.",
  ),
  /* @__PURE__ */ partial(
    2019,
    [/* @__PURE__ */ swap("2019-04-29", "2019-05-04", VICTORY, "6519/VPCP-KGVX")],
    "Swap from python-holidays (6519/VPCP-KGVX); the Tết days are estimated.",
  ),
  {
    year: 2020,
    complete: false,
    tet: {
      days: ["2020-01-23", "2020-01-24", "2020-01-25", "2020-01-26", "2020-01-27"],
      citation: {
        title: "Lịch nghỉ Tết Canh Tý 2020",
        url: "https://socongthuong.daklak.gov.vn",
        confidence: "SECONDARY",
        note: "Thu 23/01 – Wed 29/01/2020 (29 Chạp Kỷ Hợi – mùng 5 Canh Tý), 7 days: 5 Tết days and 2 nghỉ bù (facts §2.0).",
      },
    },
    swaps: [],
    note: "Tết from a provincial page; any other swap of 2020 is unknown.",
  },
  /* @__PURE__ */ partial(2021, [], NO_DATA),
  /* @__PURE__ */ partial(2022, [], NO_DATA),
  /* @__PURE__ */ partial(2023, [], NO_DATA),
];
