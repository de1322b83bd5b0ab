import { closest, distance } from 'fastest-levenshtein';

/** The candidate a mistyped word was most likely meant to be, if one is close enough. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  // Compare case-insensitively (country codes are upper case), but answer with the candidate as written.
  const lower = candidates.map((c) => c.toLowerCase());
  const best = closest(word.toLowerCase(), lower);
  // Short codes (FR, fr) tolerate one typo; longer keys about one in three letters.
  const limit = word.length <= 3 ? 1 : Math.max(2, Math.floor(best.length / 3));
  return distance(word.toLowerCase(), best) <= limit ? candidates[lower.indexOf(best)] : undefined;
}

export function didYouMean(word: string, candidates: readonly string[]): string {
  const s = suggest(word, candidates);
  return s === undefined ? '' : ` (did you mean "${s}"?)`;
}
