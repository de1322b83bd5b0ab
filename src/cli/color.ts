/**
 * Whether output is coloured, from the environment, for a stream that is or is not a terminal:
 * `FORCE_COLOR` set (any value but `0` or `false`) colours even a pipe or a file, `FORCE_COLOR=0`
 * never; then `NO_COLOR` (any value) never; otherwise colour only on a terminal whose TERM is
 * not `dumb`. `--color` / `--no-color` on the command line take precedence over all of these
 * (main.ts).
 */
export function colorFromEnv(env: Readonly<Record<string, string | undefined>>, isTerminal: boolean): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR'] !== undefined) return false;
  return isTerminal && env['TERM'] !== 'dumb';
}
