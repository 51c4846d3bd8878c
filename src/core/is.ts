/**
 * The checks every payload and record validator is made of. Values come from other
 * contexts, from storage or from pages, so a type is never assumed.
 */

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A payload without fields: any plain object (fields it may carry are not looked at). */
export const isEmptyPayload = (v: unknown): v is Record<string, never> => isRecord(v);

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isStringOrNull = (v: unknown): v is string | null =>
  v === null || typeof v === 'string';
/** A finite number. */
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isNumberOrNull = (v: unknown): v is number | null => v === null || isNumber(v);
/** A whole number ≥ 0. */
export const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** A check that narrows an unknown value to `T`. */
export type Guard<T> = (v: unknown) => v is T;

/** `check`, or undefined (an optional field). */
export function optional<T>(check: Guard<T>): Guard<T | undefined> {
  return (v): v is T | undefined => v === undefined || check(v);
}

/** `check`, or null. */
export function orNull<T>(check: Guard<T>): Guard<T | null> {
  return (v): v is T | null => v === null || check(v);
}

/** An array whose every element passes `check`. */
export function arrayOf<T>(check: Guard<T>): Guard<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.every(check);
}

/** One of the given values, compared with `===`. */
export function oneOf<const T extends readonly unknown[]>(...values: T): Guard<T[number]> {
  return (v): v is T[number] => values.includes(v);
}

type Shaped<S> = { [K in keyof S]: S[K] extends Guard<infer T> ? T : never };

/**
 * A plain object whose every listed field passes its check (fields not listed are not
 * looked at). The fields are known in the code, never taken from the value.
 */
export function shape<S extends Record<string, Guard<unknown>>>(fields: S): Guard<Shaped<S>> {
  const checks = Object.entries(fields);
  return (v): v is Shaped<S> => isRecord(v) && checks.every(([key, check]) => check(v[key]));
}
