import { basename, sep } from 'node:path';
import { displayName } from '../scenario/loadLayers.js';

/**
 * Column labels for files: each file's base name (`telecom.yaml`), with as many of its folders
 * as it takes to tell apart files that share one (`a/telecom.yaml`, `b/telecom.yaml`). A table
 * headed by full paths is as wide as the paths; the reference line under it still names it.
 */
export function fileLabels(files: readonly string[]): string[] {
  const parts = files.map((f) =>
    displayName(f)
      .split(/[\\/]+/)
      .filter(Boolean),
  );
  return files.map((f, i) => {
    const own = parts[i] ?? [];
    for (let n = 1; n <= own.length; n++) {
      const tail = own.slice(-n).join(sep);
      const clash = parts.some((p, k) => k !== i && p.slice(-n).join(sep) === tail);
      if (!clash) return tail;
    }
    return displayName(f) || basename(f);
  });
}
