/**
 * Orders strings by UTF-16 code units, the same on every machine. `localeCompare` would
 * follow the ICU locale of the process (LANG), so a sorted report could differ between a
 * laptop and CI, and its first call loads ICU's collation data (~13 ms of start-up).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
