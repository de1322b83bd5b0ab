/**
 * Deletion filter (Chinneck's, over groups of constraints): lift every item and check that the
 * problem then has a plan (else undefined: no item can be blamed); then, in turn, lift each item
 * for good while the problem stays without a plan. The items left cannot hold together, and
 * lifting any one of them (with the others already lifted) gives a plan — a minimal conflict.
 * Undefined too when there are more than `max` items (one check per item). Used over the
 * model's rule rows (plan/diagnose.ts) and over explain's levers (explain/conflict.ts).
 */
export async function deletionFilter<T>(
  items: readonly T[],
  feasibleWithout: (lifted: readonly T[]) => Promise<boolean>,
  max: number,
): Promise<T[] | undefined> {
  if (items.length > max) return undefined;
  if (!(await feasibleWithout(items))) return undefined;
  let kept = [...items];
  for (const item of items) {
    const trial = kept.filter((k) => k !== item);
    if (!(await feasibleWithout(items.filter((k) => !trial.includes(k))))) kept = trial;
  }
  return kept;
}
