/**
 * What happens to each cell of the board in the sample year: sent on time, on the ambiguous day, late,
 * or never. A few cells are fixed by construction (so that the board always shows a late, an ambiguous
 * and a missing report, and the tests know where); the others are drawn from the seeded generator.
 */
import { random } from "./random.js";

/** The fate of one obligation × period × unit. */
export type Fate =
  | { readonly kind: "on-time"; readonly workingDaysEarly: number }
  | { readonly kind: "ambiguous" }
  | { readonly kind: "late"; readonly workingDaysLate: number }
  | { readonly kind: "missing" };

/** Cells whose fate is fixed, by report id (`<unit>@<period>`). */
export const FIXED_FATES: Readonly<Record<string, Fate>> = {
  "bao-ptth-bac-ninh@2026-04": { kind: "late", workingDaysLate: 3 },
  "bao-ptth-bac-ninh@2026-08": { kind: "ambiguous" },
  "so-xay-dung@2026-Q1": { kind: "late", workingDaysLate: 4 },
  "so-khcn@2026-H1": { kind: "missing" },
  "cong-an-tinh@2026-Q3": { kind: "missing" },
};

/** The fate of a cell: fixed, else drawn (the broadcaster always reports; agencies now and then late or silent). */
export function fateOf(unit: string, period: string): Fate {
  const fixed = FIXED_FATES[`${unit}@${period}`];
  if (fixed) return fixed;
  const r = random(`fate ${unit} ${period}`);
  const draw = r.next();
  if (unit !== "bao-ptth-bac-ninh" && draw < 0.1) return { kind: "missing" };
  if (unit !== "bao-ptth-bac-ninh" && draw < 0.22) return { kind: "late", workingDaysLate: r.int(1, 8) };
  return { kind: "on-time", workingDaysEarly: r.int(0, 6) };
}
