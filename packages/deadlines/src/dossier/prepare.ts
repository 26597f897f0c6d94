import { err, ok, type Result } from "@cchc/core";
import { resolveCalendar } from "../calendar/types.js";
import { parseMoment } from "../time/instant.js";
import type { Prepared } from "./classify-core.js";
import type { DossierOptions } from "./types.js";

/** Resolves the options once per batch. */
export function prepare(options: DossierOptions): Result<Prepared> {
  let asOfDay = Number.NaN;
  if (options.asOf !== undefined) {
    const m = parseMoment(options.asOf);
    if (!m.ok) return err(m.error);
    asOfDay = m.value.day;
  }
  const supplementDays = options.supplementRequestDays ?? 3;
  return ok({
    cal: resolveCalendar(options.calendar),
    asOfDay,
    periodKind: options.periodKind ?? "month",
    byReceived: options.periodBy === "received",
    apologyWorking: options.apologyDayUnit === "working",
    acceptLateReschedule: options.acceptLateReschedule ?? false,
    restart: options.restartOnSupplement ?? true,
    supplementDays: Number.isInteger(supplementDays) && supplementDays >= 0 ? supplementDays : 3,
    periodIds: new Map(),
    cutoffs: new Map(),
  });
}
