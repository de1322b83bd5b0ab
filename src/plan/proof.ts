import { MIP_PROVEN_GAP, OPTIMALITY_GAP } from '../tolerances.js';
import type { Plan } from './types.js';

/**
 * What a plan's certificate proves, decided once for every renderer (table, Markdown, JSON,
 * annex): "proven" only when the checked dual bound closes and, for a mixed-integer plan, the
 * engine's branch and bound finished with no gap. Otherwise `gap` says how far from optimal the
 * plan may be (undefined when nothing bounds it).
 */
export type Proof =
  | { readonly proven: true; readonly method: 'dual' | 'mip' }
  | { readonly proven: false; readonly method: 'dual' | 'mip' | 'none'; readonly gap: number | undefined };

export function proofOf(p: Pick<Plan, 'status' | 'certificate'>): Proof {
  const c = p.certificate;
  if (c.kind === 'none') return { proven: false, method: 'none', gap: undefined };
  const engineGap = c.kind === 'mip' ? (c.mipGap ?? 0) : 0;
  const gap = Math.max(c.gap, engineGap);
  if (p.status === 'optimal' && c.gap <= OPTIMALITY_GAP && engineGap <= MIP_PROVEN_GAP)
    return { proven: true, method: c.kind };
  return {
    proven: false,
    method: c.kind,
    gap: p.status === 'feasible' && c.kind === 'mip' && c.mipGap === undefined ? undefined : gap,
  };
}

/** What the integer part of a mixed-integer plan decided, in words (for the proof line). */
export function integerDecisions(p: Pick<Plan, 'pooling' | 'sites' | 'wholeFte' | 'rota'>): string {
  const parts = [
    ...(p.pooling?.queues.some((q) => q.staffing === 'per_interval') ? ['queue staffing in whole agents'] : []),
    ...(p.rota ? ['shift rota in whole agents'] : []),
    ...(p.sites.length > 0 ? ['site choices'] : []),
    ...(p.wholeFte ? ['whole FTEs'] : []),
  ];
  return parts.length === 0 ? 'integer choices' : parts.join(', ');
}
