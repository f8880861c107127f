/**
 * Globals the pure layers may use because every runtime they run in has them — Node 20, browsers
 * and Web Workers — although the ES library alone does not declare them (tsconfig.pure.json type-
 * checks these folders without the DOM library, so a browser-only global stays a type error).
 */
declare function structuredClone<T>(value: T): T;
