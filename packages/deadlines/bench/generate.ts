/**
 * Deterministic generator of dossier records for the benchmarks: 20 agencies, receipts on 2026
 * working hours (some after 15:00, some on weekends), processing times of 0–20 working days, ~5%
 * supplemented, ~3% rescheduled, ~1% still pending, ~0.1% invalid. ISO strings with +07:00, as a
 * one-stop system exports them; each record goes through JSON (stringify + parse) as if read from an
 * NDJSON export, so its strings are flat, like those of any parsed file.
 */
import type { DossierRecord } from "@cchc/deadlines";

const AGENCIES = Array.from({ length: 20 }, (_, i) => `agency-${String(i).padStart(2, "0")}`);
const WORKING_DAYS = [0, 1, 3, 5, 7, 10, 15, 20];
const START_MS = Date.UTC(2026, 0, 5, 1); // 05/01/2026 08:00 +07:00
const DAY = 86_400_000;

function iso(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19) + "+07:00";
}

export function* generateDossiers(count: number, seed = 42): Generator<DossierRecord | Record<string, unknown>> {
  let state = seed >>> 0;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  for (let i = 0; i < count; i++) {
    const received = START_MS + Math.floor(next() * 330) * DAY + Math.floor(next() * 9.5 * 3_600_000);
    const wd = WORKING_DAYS[Math.floor(next() * WORKING_DAYS.length)]!;
    const r = next();
    if (r < 0.001) {
      yield { id: `HS-${i}`, agency: AGENCIES[i % 20], receivedAt: "not a date", workingDays: wd };
      continue;
    }
    const record: {
      id: string;
      agency: string;
      receivedAt: string;
      workingDays: number;
      receiptCutoff?: string;
      completedAt?: string | null;
      supplements?: { requestedAt: string; completedAt: string }[];
      reschedules?: { newDueDate: string; apologyAt: string }[];
    } = {
      id: `HS-${i}`,
      agency: AGENCIES[i % 20]!,
      receivedAt: iso(received),
      workingDays: wd,
    };
    if (wd === 0) record.receiptCutoff = "15:00";
    const took = Math.floor(next() * (wd * 1.6 + 3)) * DAY + 2 * 3_600_000;
    let completed = received + took;
    if (r < 0.05) {
      const requested = received + DAY;
      const done = requested + 3 * DAY;
      record.supplements = [{ requestedAt: iso(requested), completedAt: iso(done) }];
      completed += 4 * DAY;
    } else if (r < 0.08) {
      record.reschedules = [{ newDueDate: iso(completed + 2 * DAY).slice(0, 10), apologyAt: iso(received + DAY) }];
    }
    record.completedAt = r > 0.99 ? null : iso(completed);
    yield JSON.parse(JSON.stringify(record)) as DossierRecord;
  }
}
