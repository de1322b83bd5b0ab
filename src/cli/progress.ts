/** Redraw at most this often (ms): a bar should not slow the work it reports. */
const EVERY_MS = 100;
const WIDTH = 30;

/**
 * A progress bar drawn in place on a terminal's stderr: `[██████░░░░] 120/400 · 85 points/s`.
 * `unit` names what is counted (points of a sweep, rules of `explain`). Cleared when done, so the terminal keeps only the real output. `write` gets raw text.
 */
export function progressBar(
  write: (text: string) => void,
  now: () => number = () => performance.now(),
): (done: number, total: number, unit?: string) => void {
  const started = now();
  let last = -Infinity;
  return (done, total, unit = 'points') => {
    const t = now();
    if (done < total && t - last < EVERY_MS) return;
    last = t;
    if (done >= total) {
      write('\r\u001b[K');
      return;
    }
    const filled = Math.round((WIDTH * done) / Math.max(1, total));
    const rate = done / Math.max(1e-9, (t - started) / 1000);
    write(
      `\r[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${done}/${total} · ${rate.toFixed(rate < 10 ? 1 : 0)} ${unit}/s`,
    );
  };
}

/**
 * One status line drawn in place on a terminal's stderr, for work that cannot be counted (the
 * steps of one solve): `12.3 s · branch and bound over 1,402 of 15,688 staffing patterns`, cut to
 * the terminal's width so that it never wraps. An empty text clears it.
 */
export function statusLine(
  write: (text: string) => void,
  columns: () => number | undefined,
  now: () => number = () => performance.now(),
): (text: string) => void {
  const started = now();
  let shown = false;
  return (text) => {
    if (text === '') {
      if (shown) write('\r\u001b[K');
      shown = false;
      return;
    }
    const line = `${((now() - started) / 1000).toFixed(1)} s · ${text}`;
    const width = Math.max(10, (columns() ?? 80) - 1);
    write(`\r\u001b[K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
    shown = true;
  };
}
