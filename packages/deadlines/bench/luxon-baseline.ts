/**
 * The benchmark's baseline: the same classification and aggregation logic written the usual way —
 * luxon DateTimes in Asia/Ho_Chi_Minh and day-by-day loops with a holiday lookup — without the
 * epoch-day arithmetic of @cchc/deadlines. Not exported anywhere; only for the ratio.
 */
import { DateTime } from "luxon";

const ZONE = "Asia/Ho_Chi_Minh";

export interface Holidays {
  /** ISO dates of weekdays that are not worked. */
  readonly off: ReadonlySet<string>;
  /** ISO dates of Saturdays or Sundays that are worked. */
  readonly makeUp: ReadonlySet<string>;
}

function working(d: DateTime<boolean>, h: Holidays): boolean {
  const key = d.toISODate()!;
  if (h.makeUp.has(key)) return true;
  return d.weekday <= 5 && !h.off.has(key);
}

function nextWorking(d: DateTime<boolean>, h: Holidays): DateTime<boolean> {
  let x = d.plus({ days: 1 });
  while (!working(x, h)) x = x.plus({ days: 1 });
  return x;
}

function addWorking(d: DateTime<boolean>, n: number, h: Holidays): DateTime<boolean> {
  let x = d;
  for (let i = 0; i < n; i++) x = nextWorking(x, h);
  return x;
}

function countWorking(from: DateTime<boolean>, to: DateTime<boolean>, h: Holidays): number {
  let n = 0;
  for (let x = from; x <= to; x = x.plus({ days: 1 })) if (working(x, h)) n++;
  return n;
}

export function classifyWithLuxon(records: Iterable<Record<string, unknown>>, h: Holidays): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const r of records) {
    const received = DateTime.fromISO(String(r["receivedAt"]), { zone: ZONE });
    if (!received.isValid || typeof r["agency"] !== "string") continue;
    let start: DateTime<boolean> = received;
    const sups = r["supplements"] as { completedAt?: string }[] | undefined;
    if (sups) for (const s of sups) if (s.completedAt) start = DateTime.fromISO(s.completedAt, { zone: ZONE });
    let day: DateTime<boolean> = start.startOf("day");
    if (!working(day, h)) day = nextWorking(day, h);
    else if (r["receiptCutoff"] === "15:00" && start > day.set({ hour: 15 })) day = nextWorking(day, h);
    const wd = r["workingDays"] as number;
    let due: DateTime<boolean> = wd === 0 ? day : addWorking(day, wd, h);
    const res = r["reschedules"] as { newDueDate: string; apologyAt?: string }[] | undefined;
    if (res?.[0]?.apologyAt) {
      const apology = DateTime.fromISO(res[0].apologyAt, { zone: ZONE }).startOf("day");
      if (apology <= due.minus({ days: 1 })) due = DateTime.fromISO(res[0].newDueDate, { zone: ZONE });
    }
    const completedAt = r["completedAt"];
    let status = 3;
    let late = 0;
    let periodDay: DateTime<boolean> = received;
    if (typeof completedAt === "string") {
      const c = DateTime.fromISO(completedAt, { zone: ZONE }).startOf("day");
      periodDay = c;
      status = c < due ? 0 : c.equals(due) ? 1 : 2;
      if (status === 2) late = countWorking(due.plus({ days: 1 }), c, h);
    }
    const key = `${r["agency"]}\u0000${periodDay.toFormat("yyyy-MM")}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = [0, 0, 0, 0, 0]));
    g[status]!++;
    g[4]! += late;
  }
  return groups;
}
