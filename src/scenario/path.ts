/** A field path into the scenario document, e.g. ['activities', 'l1', 'hours']. */
export type FieldPath = readonly (string | number)[];

export function pathKey(path: FieldPath): string {
  return path.map(String).join('.');
}
