import type { Citation } from "./citation.js";
import type { IsoDate } from "./date/civil-date.js";
import { err, makeError, ok, type Result } from "./errors.js";
import { effectiveDatedMessages } from "./effective-dated-messages.js";
import type { Label } from "./i18n/label.js";

/**
 * One value of an effective-dated parameter, in force from `validFrom` (inclusive) until the next
 * value's `validFrom`.
 *
 * @typeParam T - The value's type.
 * @example
 * ```ts
 * import type { DatedValue } from "@cchc/core";
 *
 * const v: DatedValue<number> = {
 *   validFrom: "2021-01-01",
 *   value: 2,
 *   citation: { document: "45/2019/QH14", article: "112", confidence: "VERIFIED" },
 * };
 * ```
 *
 * @category Effective-dated values
 */
export interface DatedValue<T> {
  /** First day (inclusive, `YYYY-MM-DD`) on which this value is in force. */
  readonly validFrom: IsoDate;
  /** The value. */
  readonly value: T;
  /** Where the value comes from. */
  readonly citation: Citation;
  /** Free-form remark. */
  readonly note?: string;
}

/**
 * A parameter whose value changes over time (OpenFisca-style): each value carries the date it
 * takes effect and its legal citation, and the whole parameter says when it was last verified.
 *
 * @typeParam T - The value's type.
 * @example
 * ```ts
 * import { defineEffectiveDated, valueAt } from "@cchc/core";
 *
 * const nationalDayLength = defineEffectiveDated({
 *   id: "holiday.national-day.days",
 *   label: { vi: "Số ngày nghỉ Quốc khánh", en: "National Day days off" },
 *   lastVerified: "2026-07-23",
 *   values: [
 *     { validFrom: "2013-05-01", value: 1, citation: { document: "10/2012/QH13", article: "115", confidence: "VERIFIED" } },
 *     { validFrom: "2021-01-01", value: 2, citation: { document: "45/2019/QH14", article: "112", confidence: "VERIFIED" } },
 *   ],
 * });
 * valueAt(nationalDayLength, "2026-09-02"); // => 2
 * ```
 *
 * @category Effective-dated values
 */
export interface EffectiveDated<T> {
  /** Stable identifier, e.g. `"holiday.national-day.days"`. */
  readonly id: string;
  /** What the parameter is, for readers. */
  readonly label?: Label;
  /** Values in increasing `validFrom` order. */
  readonly values: readonly DatedValue<T>[];
  /** When someone last checked the values against their sources. */
  readonly lastVerified: IsoDate;
}

/**
 * Validates and returns an effective-dated parameter: at least one value, `validFrom` strictly
 * increasing.
 *
 * @param parameter - The parameter.
 * @returns The parameter or a typed error (`effective.empty`, `effective.unsorted`).
 * @example
 * ```ts
 * import { checkEffectiveDated } from "@cchc/core";
 *
 * checkEffectiveDated({ id: "x", lastVerified: "2026-01-01", values: [] }).ok; // => false
 * ```
 *
 * @category Effective-dated values
 */
export function checkEffectiveDated<T>(parameter: EffectiveDated<T>): Result<EffectiveDated<T>> {
  if (parameter.values.length === 0) return err(makeError(effectiveDatedMessages, "effective.empty", { id: parameter.id }));
  for (let i = 1; i < parameter.values.length; i++) {
    const prev = parameter.values[i - 1]!;
    const cur = parameter.values[i]!;
    if (!(prev.validFrom < cur.validFrom)) {
      return err(makeError(effectiveDatedMessages, "effective.unsorted", { id: parameter.id, date: cur.validFrom }));
    }
  }
  return ok(parameter);
}

/**
 * Declares an effective-dated parameter, throwing at definition time when it is malformed (a
 * programming error in shipped data, caught by the package's tests).
 *
 * @param parameter - The parameter.
 * @returns The same parameter.
 * @throws {@link CchcError} when the values are empty or out of order.
 * @example
 * ```ts
 * import { defineEffectiveDated } from "@cchc/core";
 *
 * const p = defineEffectiveDated({
 *   id: "demo",
 *   lastVerified: "2026-01-01",
 *   values: [{ validFrom: "2020-01-01", value: "a", citation: { confidence: "UNCONFIRMED" } }],
 * });
 * ```
 *
 * @category Effective-dated values
 */
export function defineEffectiveDated<T>(parameter: EffectiveDated<T>): EffectiveDated<T> {
  const checked = checkEffectiveDated(parameter);
  if (!checked.ok) throw checked.error;
  return parameter;
}

/**
 * The entry (value with its citation) in force on a date.
 *
 * @param parameter - The parameter.
 * @param date - A `YYYY-MM-DD` date.
 * @returns The entry, or `undefined` before the first value takes effect.
 * @example
 * ```ts
 * import { defineEffectiveDated, entryAt } from "@cchc/core";
 *
 * const p = defineEffectiveDated({
 *   id: "demo", lastVerified: "2026-01-01",
 *   values: [{ validFrom: "2021-01-01", value: 2, citation: { document: "45/2019/QH14", confidence: "VERIFIED" } }],
 * });
 * entryAt(p, "2026-09-02")?.citation.document; // => "45/2019/QH14"
 * ```
 *
 * @category Effective-dated values
 */
export function entryAt<T>(parameter: EffectiveDated<T>, date: IsoDate): DatedValue<T> | undefined {
  let found: DatedValue<T> | undefined;
  for (const entry of parameter.values) {
    if (entry.validFrom <= date) found = entry;
    else break;
  }
  return found;
}

/**
 * The value in force on a date.
 *
 * @param parameter - The parameter.
 * @param date - A `YYYY-MM-DD` date.
 * @returns The value, or `undefined` before the first value takes effect.
 * @example
 * ```ts
 * import { defineEffectiveDated, valueAt } from "@cchc/core";
 *
 * const tetDays = defineEffectiveDated({
 *   id: "holiday.tet.days", lastVerified: "2026-07-23",
 *   values: [
 *     { validFrom: "1995-01-01", value: 4, citation: { title: "Bộ luật Lao động 1994", confidence: "SECONDARY" } },
 *     { validFrom: "2013-05-01", value: 5, citation: { document: "10/2012/QH13", confidence: "VERIFIED" } },
 *   ],
 * });
 * valueAt(tetDays, "2012-01-23"); // => 4
 * valueAt(tetDays, "2026-02-17"); // => 5
 * ```
 *
 * @category Effective-dated values
 */
export function valueAt<T>(parameter: EffectiveDated<T>, date: IsoDate): T | undefined {
  return entryAt(parameter, date)?.value;
}

/**
 * Like {@link valueAt}, but a date before the first value is a typed error instead of `undefined`.
 *
 * @param parameter - The parameter.
 * @param date - A `YYYY-MM-DD` date.
 * @returns The value or an `effective.before_first` error.
 * @example
 * ```ts
 * import { defineEffectiveDated, valueAtOrError } from "@cchc/core";
 *
 * const p = defineEffectiveDated({
 *   id: "demo", lastVerified: "2026-01-01",
 *   values: [{ validFrom: "2021-01-01", value: 2, citation: { confidence: "VERIFIED" } }],
 * });
 * valueAtOrError(p, "2020-12-31").ok; // => false
 * ```
 *
 * @category Effective-dated values
 */
export function valueAtOrError<T>(parameter: EffectiveDated<T>, date: IsoDate): Result<T> {
  const entry = entryAt(parameter, date);
  if (entry) return ok(entry.value);
  return err(
    makeError(effectiveDatedMessages, "effective.before_first", {
      id: parameter.id,
      date,
      from: parameter.values[0]?.validFrom ?? "—",
    }),
  );
}
