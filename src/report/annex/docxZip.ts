import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * docx stamps docProps/core.xml with the current time and zips every entry with the current
 * local time. Rewrite both from one fixed instant so the same annex gives the same bytes:
 * the user's --date, or the DOS epoch (1980-01-01, the earliest a zip entry can carry).
 */
export const FIXED_DAY = '1980-01-01';

/** The zip time fields hold local date and time (1980–2107), so build the Date from local components. */
function zipTime(isoDay: string): Date {
  const [y = 1980, m = 1, d = 1] = isoDay.split('-').map(Number);
  return y < 1980 || y > 2107 ? new Date(1980, 0, 1) : new Date(y, m - 1, d);
}

export function fixDocxTimes(packed: Uint8Array, isoDay: string = FIXED_DAY): Uint8Array {
  const entries = unzipSync(packed);
  const core = entries['docProps/core.xml'];
  if (core) {
    const stamp = `${isoDay}T00:00:00Z`;
    const xml = strFromU8(core).replace(
      /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      (_all, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
    );
    entries['docProps/core.xml'] = strToU8(xml);
  }
  const mtime = zipTime(isoDay);
  const files: Zippable = {};
  // Keep docx's entry order ([Content_Types].xml first) and compress every part the same way.
  for (const [name, data] of Object.entries(entries)) files[name] = [data, { level: 6, mtime }];
  return zipSync(files);
}
