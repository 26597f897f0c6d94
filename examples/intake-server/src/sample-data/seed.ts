/**
 * The sample year: every report the plan's reporting units would send in 2026 up to a given instant —
 * the broadcaster's monthly media reports, the agencies' CCHC-period reports, the service centres'
 * procedure statistics, difficulties raised and resolved, Sở VHTTDL's syntheses — each received at a
 * plausible instant (office hours, working days), so that the board shows on-time, late, ambiguous,
 * missing and not-yet-due cells. Every report says it is sample data (`reportId` MAU-…, `notes`).
 */
import { BAC_NINH_COMMUNE_ROWS } from "@cchc/plan";
import { createIntake, type BoardCell, type DatabaseConfig, type Intake } from "@cchc/intake";
import type { ReportSchemaId } from "@cchc/reports";
import { agencyReport } from "./agency-report.js";
import { fateOf } from "./construction.js";
import { SAMPLE_DIFFICULTIES } from "./difficulties.js";
import { SAMPLE_NOTE, SAMPLE_REPORT_ID_PREFIX } from "./marker.js";
import { monthlyMediaReport } from "./media-report.js";
import { nextMonthStart, officeInstant, vietnamIso, workingDay } from "./office-time.js";
import { random } from "./random.js";
import { procedureStatistics } from "./statistics.js";

/** One report the seed submits. */
export interface SampleSubmission {
  readonly schema: ReportSchemaId;
  readonly unit: string;
  readonly period: string;
  /** When it is received (epoch milliseconds). */
  readonly at: number;
  readonly report: Record<string, unknown>;
}

type Action = { readonly at: number } & ({ readonly kind: "submit"; readonly submission: SampleSubmission } | { readonly kind: "resolve"; readonly id: string; readonly note: string } | { readonly kind: "synthesis"; readonly period: string });

/** The year of the sample data (the plan's). */
export const SAMPLE_YEAR = 2026;

const COMMUNE_CENTRES = ["07663", "09367", "09247"] as const;
const SYNTHESIS_PERIODS = ["2026-Q1", "2026-H1", "2026-Q3", "2026"] as const;

function communeName(code: string): string {
  return BAC_NINH_COMMUNE_ROWS.find(([c]) => c === code)?.[1] ?? code;
}

const submit = (schema: ReportSchemaId, unit: string, period: string, at: number, report: object): Action => ({
  at,
  kind: "submit",
  submission: { schema, unit, period, at, report: report as Record<string, unknown> },
});

/** The board's cells: a submission (or two, when corrected) at the instant its fate says. */
function boardActions(cells: readonly BoardCell[]): Action[] {
  return cells.flatMap((cell): Action[] => {
    const fate = fateOf(cell.unit, cell.period);
    if (fate.kind === "missing") return [];
    const r = random(`time ${cell.unit} ${cell.period}`);
    const day =
      fate.kind === "on-time" ? workingDay(cell.earliestSafe, -fate.workingDaysEarly) : fate.kind === "late" ? workingDay(cell.latestSafe, fate.workingDaysLate) : cell.latestSafe;
    const at = officeInstant(day, r.int(30, 540));
    const report = (variant: number, when: number) =>
      cell.schema === "monthly-media-report" ? monthlyMediaReport(cell.period, vietnamIso(when), variant) : agencyReport(cell.unit, cell.unitName.vi, cell.period, vietnamIso(when));
    const first = submit(cell.schema, cell.unit, cell.period, at, report(0, at));
    // Now and then a unit corrects its report a few days later: a second revision.
    if (r.next() >= 0.12) return [first];
    const later = officeInstant(workingDay(day, r.int(2, 5)), r.int(30, 540));
    return [first, submit(cell.schema, cell.unit, cell.period, later, report(1, later))];
  });
}

function statisticsActions(): Action[] {
  const actions: Action[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${SAMPLE_YEAR}-${String(m).padStart(2, "0")}`;
    const at = officeInstant(workingDay(nextMonthStart(month), 4), 90);
    actions.push(submit("procedure-statistics", "trung-tam-phvhcc-tinh", month, at, procedureStatistics("trung-tam-phvhcc-tinh", "Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh", month, vietnamIso(at), 1)));
  }
  for (const [q, lastMonth] of [["Q1", "03"], ["Q2", "06"], ["Q3", "09"], ["Q4", "12"]] as const) {
    COMMUNE_CENTRES.forEach((code, i) => {
      const period = `${SAMPLE_YEAR}-${q}`;
      const at = officeInstant(workingDay(nextMonthStart(`${SAMPLE_YEAR}-${lastMonth}`), 6 + i), 120);
      const name = `Trung tâm Phục vụ hành chính công ${communeName(code).replace(/^Xã /, "xã ").replace(/^Phường /, "phường ")}`;
      actions.push(submit("procedure-statistics", `trung-tam-phvhcc-xa:${code}`, period, at, procedureStatistics(`trung-tam-phvhcc-xa:${code}`, name, period, vietnamIso(at), 0.4 + i * 0.25)));
    });
  }
  return actions;
}

function difficultyActions(): Action[] {
  return SAMPLE_DIFFICULTIES.flatMap((d): Action[] => {
    const at = officeInstant(d.report.reportedOn, 420);
    const period = d.report.period as string;
    const raised = submit("difficulty-report", d.unit, period, at, { ...d.report, submittedAt: vietnamIso(at) });
    if (!d.resolvedOn) return [raised];
    return [raised, { at: officeInstant(d.resolvedOn, 150), kind: "resolve", id: `${d.unit}@${period}`, note: d.resolutionNote! }];
  });
}

/** Sở VHTTDL's synthesis of each CCHC period, ten working days after the agencies' due date. */
function synthesisActions(cells: readonly BoardCell[]): Action[] {
  return SYNTHESIS_PERIODS.flatMap((period) => {
    const due = cells.find((c) => c.schema === "agency-communication-report" && c.period === period)?.latestSafe;
    return due ? [{ at: officeInstant(workingDay(due, 10), 60), kind: "synthesis" as const, period }] : [];
  });
}

/** Everything the sample year holds up to `asOfMs`, in order of time, for the board's cells. */
export function sampleActions(cells: readonly BoardCell[], asOfMs: number): Action[] {
  return [...boardActions(cells), ...statisticsActions(), ...difficultyActions(), ...synthesisActions(cells)].filter((a) => a.at < asOfMs).sort((a, b) => a.at - b.at);
}

/** What a seed did. */
export interface SeedOutcome {
  /** `false` when the database already held reports: then nothing was done. */
  readonly seeded: boolean;
  /** Every report submitted, in order (a corrected report appears twice). */
  readonly submissions: readonly SampleSubmission[];
  /** How many new revisions were stored (0 when the data was already there). */
  readonly stored: number;
  /** Difficulties marked resolved. */
  readonly resolved: number;
}

async function run(intake: Intake, actions: readonly Action[], setNow: (ms: number) => void): Promise<SeedOutcome> {
  const submissions: SampleSubmission[] = [];
  let stored = 0;
  let resolved = 0;
  const store = async (s: SampleSubmission) => {
    const r = await intake.submit(s.schema, s.report, s.unit);
    if (!r.ok) throw new Error(`sample ${s.schema} ${s.unit}@${s.period} refused: ${r.error.messages.en}`);
    submissions.push(s);
    if (r.value.created) stored++;
  };
  for (const action of actions) {
    setNow(action.at);
    if (action.kind === "submit") await store(action.submission);
    else if (action.kind === "resolve") {
      const r = await intake.resolveDifficulty(action.id, "so-vhttdl", action.note);
      if (r.ok) resolved++;
    } else {
      const built = await intake.synthesis(action.period);
      if (!built.ok) throw new Error(`sample synthesis ${action.period}: ${built.error.messages.en}`);
      const report = { ...built.value.synthesis, reportId: `${SAMPLE_REPORT_ID_PREFIX}TH-${action.period}`, notes: SAMPLE_NOTE };
      const { from, to } = built.value.synthesis.coverage;
      await store({ schema: "synthesis-report", unit: "so-vhttdl", period: `${from}..${to}`, at: action.at, report });
    }
  }
  return { seeded: true, submissions, stored, resolved };
}

/**
 * Fills an empty database with the sample year up to `asOfMs`: every report received at its own
 * plausible instant, through the intake with its clock set to that instant. A database that holds any
 * report is left alone (sample data never mixes with real reports). Deterministic: the same instant
 * gives the same reports, receipts and board.
 *
 * @param database - Where (PGlite data directory, or PostgreSQL).
 * @param asOfMs - "Now": nothing later is sent.
 * @returns What was submitted and stored.
 */
export async function seedSampleData(database: DatabaseConfig, asOfMs: number): Promise<SeedOutcome> {
  let now = asOfMs;
  const intake = await createIntake({ database, clock: () => now });
  try {
    if (!(await isEmpty(intake))) return { seeded: false, submissions: [], stored: 0, resolved: 0 };
    const board = await intake.statusBoard(SAMPLE_YEAR);
    if (!board.ok) throw new Error(board.error.messages.en);
    return await run(intake, sampleActions(board.value.cells, asOfMs), (ms) => (now = ms));
  } finally {
    await intake.close();
  }
}

/** Whether a database holds no report at all (then `start` seeds it). */
export async function isEmpty(intake: Intake): Promise<boolean> {
  for (const schema of ["monthly-media-report", "agency-communication-report", "procedure-statistics", "difficulty-report", "synthesis-report"] as const) {
    const listed = await intake.list(schema);
    if (!listed.ok || listed.value.length > 0) return false;
  }
  return true;
}

