/**
 * Why GLPK's branch and bound stopped early, and the gap it had proved, read from its messages
 * (msglev GLP_MSG_ALL): glpk.js returns neither. The last progress line reads
 * `+   85: mip =   7.080000000e+02 >=   7.000000000e+02   1.1% (15; 1)`: the incumbent, then
 * the best bound of the open nodes ("tree is empty" once none is left).
 */
export type GlpkStop = {
  /** GLPK stopped because the relative gap asked for was reached (not its time limit). */
  readonly atGapTarget: boolean;
  /** (incumbent − bound) / |incumbent| for a minimisation, as GLPK measures it; undefined when no bound was printed. */
  readonly gap: number | undefined;
};

const PROGRESS = /^\+\s*\d+:\s+mip\s*=\s*(\S+)\s*>=\s*(tree is empty|\S+)/;
const GAP_REACHED = /RELATIVE MIP GAP TOLERANCE REACHED/i;

/** `objective` is the incumbent's exact cost (the progress line prints ten digits of it). */
export function glpkStop(log: readonly string[], objective: number): GlpkStop {
  const atGapTarget = log.some((line) => GAP_REACHED.test(line));
  let bound: number | undefined;
  for (const line of log) {
    const m = PROGRESS.exec(line);
    if (!m) continue;
    const printed = m[2] === 'tree is empty' ? objective : Number(m[2]);
    bound = Number.isFinite(printed) ? printed : undefined;
  }
  if (bound === undefined) return { atGapTarget, gap: undefined };
  // The bound is printed to ten significant digits: never above the incumbent.
  const gap = Math.max(0, objective - bound) / (Math.abs(objective) + Number.EPSILON);
  return { atGapTarget, gap };
}
