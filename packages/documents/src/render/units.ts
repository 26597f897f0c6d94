/** Twentieths of a point (twips) per millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

/** Millimetres to twips, rounded. */
export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

/** Millimetres to twips, rounded up: a margin never ends below the decree's minimum (15 mm is 850.4 twips). */
export const mmAtLeast = (value: number): number => Math.ceil(value * TWIPS_PER_MM);

/** Points to OOXML half-points (`w:sz`). */
export const pt = (value: number): number => Math.round(value * 2);

/** Points to twips (spacing before and after paragraphs). */
export const spacingPt = (value: number): number => Math.round(value * 20);
