/**
 * What the person typed, as text, plus which inputs they have touched — and the pure step from that to
 * the JSON payload the validator checks. No DOM here, so the unit tests run it in Node.
 */
import { monthlyMediaReport } from "@cchc/reports/monthly-media-report";
import { FORM, fieldPointer, type FieldSpec, type PartSpec } from "./form-spec.js";

/** The reporting unit of this form (plan actor id, see `actors` of `@cchc/plan`). */
export const UNIT = { actor: "bao-ptth-bac-ninh", name: "Báo và Phát thanh, Truyền hình Bắc Ninh" } as const;

/** One row of a list: its inputs' text by field key. */
export type Row = Record<string, string>;

/** The form's state: inputs' text by JSON Pointer for the fixed fields, rows by list id, touched pointers. */
export interface FormState {
  readonly values: Map<string, string>;
  readonly rows: Map<string, Row[]>;
  readonly touched: Set<string>;
  /** Set by the first "check" click: from then on every message shows, touched or not. */
  submitted: boolean;
}

/** A fresh form, with each list's initial empty rows. */
export function initialState(form: readonly PartSpec[] = FORM): FormState {
  const rows = new Map(form.filter((p) => p.rows).map((p) => [p.id, Array.from({ length: p.initialRows ?? 0 }, () => ({}) as Row)]));
  return { values: new Map(), rows, touched: new Set(), submitted: false };
}

/** The text typed in one input. */
export function readInput(state: FormState, part: PartSpec, spec: FieldSpec, row?: number): string {
  if (!part.rows) return state.values.get(fieldPointer(part, spec)) ?? "";
  return state.rows.get(part.id)?.[row ?? 0]?.[spec.key] ?? "";
}

/** Records the text of one input and marks it touched. */
export function writeInput(state: FormState, part: PartSpec, spec: FieldSpec, text: string, row?: number): void {
  state.touched.add(fieldPointer(part, spec, row));
  if (!part.rows) {
    state.values.set(fieldPointer(part, spec), text);
    return;
  }
  const target = state.rows.get(part.id)?.[row ?? 0];
  if (target) target[spec.key] = text;
}

/** Removes a row of a list; the touched marks of the rows below move up with them. */
export function removeRow(state: FormState, part: PartSpec, row: number): void {
  const rows = state.rows.get(part.id);
  if (!rows || row < 0 || row >= rows.length) return;
  rows.splice(row, 1);
  const prefix = `/${part.id}/`;
  for (const pointer of [...state.touched]) {
    if (!pointer.startsWith(prefix)) continue;
    const [index = "", ...rest] = pointer.slice(prefix.length).split("/");
    const i = Number(index);
    if (i < row) continue;
    state.touched.delete(pointer);
    if (i > row) state.touched.add(`${prefix}${i - 1}/${rest.join("/")}`);
  }
}

/** Adds an empty row at the end of a list. */
export function addRow(state: FormState, part: PartSpec): void {
  state.rows.get(part.id)?.push({});
}

/**
 * The JSON value of an input's text, or `undefined` to leave it out. A required field is always sent
 * (an empty text as `""`, an empty number or select left out so the validator says it is missing);
 * numbers the browser could not read stay text, so the validator reports them instead of guessing.
 */
export function toJsonValue(spec: FieldSpec, text: string): unknown {
  const blank = text.trim() === "";
  if (spec.kind === "lines") return text.split("\n").map((line) => line.trim()).filter(Boolean);
  if (blank && (spec.optional || spec.kind !== "text" && spec.kind !== "textarea")) return undefined;
  if (spec.kind === "count" || spec.kind === "minutes") {
    const n = Number(text);
    return Number.isFinite(n) ? n : text;
  }
  return text;
}

function objectOf(part: PartSpec, read: (spec: FieldSpec) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const spec of part.fields) {
    const value = toJsonValue(spec, read(spec));
    if (value !== undefined) out[spec.key] = value;
  }
  return out;
}

/** The payload for `validateMonthlyMediaReport`, built from the form's state. */
export function toPayload(state: FormState, form: readonly PartSpec[] = FORM): Record<string, unknown> {
  const payload: Record<string, unknown> = { schemaVersion: monthlyMediaReport.version, unit: { ...UNIT } };
  for (const part of form) {
    if (part.rows) {
      payload[part.id] = (state.rows.get(part.id) ?? []).map((_, i) => objectOf(part, (spec) => readInput(state, part, spec, i)));
    } else if (part.object) {
      payload[part.object] = objectOf(part, (spec) => readInput(state, part, spec));
    } else {
      Object.assign(payload, objectOf(part, (spec) => readInput(state, part, spec)));
    }
  }
  return payload;
}
