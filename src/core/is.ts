/**
 * The checks every payload and record validator is made of. Values come from other
 * contexts, from storage or from pages, so a type is never assumed.
 */

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isStringOrNull = (v: unknown): v is string | null =>
  v === null || typeof v === 'string';
/** A finite number. */
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isNumberOrNull = (v: unknown): v is number | null => v === null || isNumber(v);
/** A whole number ≥ 0. */
export const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
