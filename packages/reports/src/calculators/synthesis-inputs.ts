/**
 * The inputs of a synthesis: each validated (its shape and, unless `plan: false`, the plan's rules),
 * then duplicates refused or dropped. Errors count the inputs of each kind from 1, as a person does
 * ("báo cáo nguồn … thứ 1"); their `index` parameter stays the 0-based position in the input array.
 */
import { ok, type Lang, type Result } from "@cchc/core";
import type { Plan } from "@cchc/plan";
import { agencyCommunicationReport, type AgencyCommunicationReport } from "../agency-communication-report.js";
import { difficultyReport, type DifficultyReport } from "../difficulty-report.js";
import { monthlyMediaReport, type MonthlyMediaReport } from "../monthly-media-report.js";
import { validatorFor } from "../plan-rules/validate.js";
import type { ReportDefinition } from "../validate/definition.js";
import type { ReportValidationResult } from "../validate/validator.js";
import { failure, rejected } from "./failure.js";

/** The report kinds a synthesis is computed from. */
export type SourceKind = "monthly-media-report" | "agency-communication-report" | "difficulty-report";

/** A reporting unit, as every source report names it. */
export type Unit = MonthlyMediaReport["unit"];

type Validate<T> = (input: unknown, lang: Lang) => ReportValidationResult<T>;

function validated<T>(inputs: readonly unknown[], kind: SourceKind, validate: Validate<T>): Result<T[]> {
  const out: T[] = [];
  for (const [index, input] of inputs.entries()) {
    const r = validate(input, "vi");
    if (!r.valid) return rejected("synthesis.invalid_input", { kind, index, number: index + 1 }, input, validate, r);
    out.push(r.value);
  }
  return ok(out);
}

/** The sort and duplicate key of a unit. */
export function unitKey(unit: Unit): string {
  return [unit.actor, unit.communeCode ?? "", unit.name ?? ""].join("|");
}

function unitLabel(unit: Unit): string {
  return unit.communeCode ? `${unit.actor} ${unit.communeCode}` : unit.name ? `${unit.actor} (${unit.name})` : unit.actor;
}

/** What makes two reports of one kind the same report: their unit and period, or their unit and own reference. */
interface Identity<T> {
  readonly unitOf: (r: T) => Unit;
  /** The period (or `undefined` when the kind has none: then `reportId` identifies the report). */
  readonly periodOf: (r: T) => string | undefined;
  readonly reportIdOf?: (r: T) => string | undefined;
}

/** Drops or reports reports of the same unit and period (or, for kinds without one, the same unit and `reportId`). */
function deduplicate<T>(reports: readonly T[], kind: SourceKind, identity: Identity<T>, mode: "error" | "last"): Result<T[]> {
  const byKey = new Map<string, number>();
  const kept: (T | undefined)[] = [];
  for (const [index, report] of reports.entries()) {
    const unit = identity.unitOf(report);
    const period = identity.periodOf(report);
    const reportId = period === undefined ? identity.reportIdOf?.(report) : undefined;
    const key = period !== undefined ? `${unitKey(unit)}#${period}` : reportId !== undefined ? `${unitKey(unit)}@${reportId}` : undefined;
    const first = key === undefined ? undefined : byKey.get(key);
    if (first !== undefined) {
      if (mode === "error") {
        const params = { kind, index, number: index + 1, first, firstNumber: first + 1, unit: unitLabel(unit) };
        return period !== undefined
          ? failure("synthesis.duplicate_report", { ...params, period })
          : failure("synthesis.duplicate_report_id", { ...params, reportId: reportId! });
      }
      kept[first] = undefined;
    }
    if (key !== undefined) byKey.set(key, index);
    kept.push(report);
  }
  return ok(kept.filter((r): r is T => r !== undefined));
}

/** The validated, deduplicated inputs of a synthesis, in the order given. */
export interface SynthesisSources {
  readonly media: MonthlyMediaReport[];
  readonly agencies: AgencyCommunicationReport[];
  readonly difficulties: DifficultyReport[];
}

/** The identity validator, for inputs that are validated values already (`validatedInputs`). */
function trusted<T>(input: unknown): ReportValidationResult<T> {
  return { valid: true, value: input as T, issues: [] };
}

/**
 * Validates (unless `validatedInputs`: the inputs are validator output already) and deduplicates the
 * inputs of each kind.
 */
export function synthesisSources(
  input: { readonly media?: readonly unknown[]; readonly agencies?: readonly unknown[]; readonly difficulties?: readonly unknown[] },
  plan: Plan | false | undefined,
  mode: "error" | "last",
  validatedInputs = false,
): Result<SynthesisSources> {
  const validatorOf = <T>(definition: ReportDefinition<T>): Validate<T> => (validatedInputs ? trusted<T> : validatorFor(definition, plan));
  const media = validated(input.media ?? [], "monthly-media-report", validatorOf(monthlyMediaReport));
  if (!media.ok) return media;
  const agencies = validated(input.agencies ?? [], "agency-communication-report", validatorOf(agencyCommunicationReport));
  if (!agencies.ok) return agencies;
  const difficulties = validated(input.difficulties ?? [], "difficulty-report", validatorOf(difficultyReport));
  if (!difficulties.ok) return difficulties;
  const mediaUnique = deduplicate(media.value, "monthly-media-report", { unitOf: (r) => r.unit, periodOf: (r) => r.month }, mode);
  if (!mediaUnique.ok) return mediaUnique;
  const agencyUnique = deduplicate(agencies.value, "agency-communication-report", { unitOf: (r) => r.agency, periodOf: (r) => r.period }, mode);
  if (!agencyUnique.ok) return agencyUnique;
  const difficultyUnique = deduplicate(
    difficulties.value,
    "difficulty-report",
    { unitOf: (r) => r.from, periodOf: () => undefined, reportIdOf: (r) => r.reportId },
    mode,
  );
  if (!difficultyUnique.ok) return difficultyUnique;
  return ok({ media: mediaUnique.value, agencies: agencyUnique.value, difficulties: difficultyUnique.value });
}
