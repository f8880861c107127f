/**
 * The kinds of value the structure check tells apart (checkShape.ts, certainlyValid.ts), and which
 * objects an output may reuse as they are (reuseInput.ts).
 */

/** An object that is not a list (null is not an object). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** zod's `isPlainObject`, test for test (a record refuses a Date or a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const ctor: unknown = value.constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = (ctor as { prototype?: unknown }).prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

/** An object whose prototype is Object's own (what `JSON.parse` and object literals make). */
export const isOwnPlainObject = (value: object): boolean => Object.getPrototypeOf(value) === Object.prototype;

/**
 * An object zod's output could be the input itself for, fields aside: a plain one without an own
 * `__proto__` key (zod's output leaves that key out).
 */
export function isReusableObject(value: unknown): value is Record<string, unknown> {
  return isObject(value) && isOwnPlainObject(value) && !Object.prototype.hasOwnProperty.call(value, '__proto__');
}
