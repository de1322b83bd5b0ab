/**
 * The knee of a front of (cost, value) points, in order along it: the point farthest from the
 * chord between the first and the last, both axes scaled to [0, 1] (maximum distance to the
 * chord, as Kneedle defines it). Undefined with fewer than 3 points or a flat front.
 */
export function kneeOf(points: readonly { readonly cost: number; readonly value: number }[]): number | undefined {
  if (points.length < 3) return undefined;
  const costs = points.map((p) => p.cost);
  const values = points.map((p) => p.value);
  const scale = (xs: number[]): ((x: number) => number) => {
    const lo = Math.min(...xs);
    const span = Math.max(...xs) - lo;
    return (x) => (span > 0 ? (x - lo) / span : 0);
  };
  const sc = scale(costs);
  const sv = scale(values);
  const pts = points.map((p) => [sc(p.cost), sv(p.value)] as const);
  const [x0, y0] = pts[0] ?? [0, 0];
  const [x1, y1] = pts[pts.length - 1] ?? [0, 0];
  const len = Math.hypot(x1 - x0, y1 - y0);
  if (len === 0) return undefined;
  let best = -1;
  let at: number | undefined;
  pts.forEach(([x, y], k) => {
    if (k === 0 || k === pts.length - 1) return;
    const d = Math.abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / len;
    if (d > best + 1e-12) {
      best = d;
      at = k;
    }
  });
  return best > 1e-9 ? at : undefined;
}
