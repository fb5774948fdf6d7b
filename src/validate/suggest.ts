/** The nearest known key to a misspelt one, as a user would type it (`milepaele` → `milepæle`). */
export function nearestKey(unknown: string, known: readonly string[]): string | null {
  const target = fold(unknown);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const key of known) {
    const d = editDistance(target, fold(key));
    if (d < bestDistance) [best, bestDistance] = [key, d];
  }
  const allowed = Math.max(2, Math.floor(target.length / 3));
  return bestDistance <= allowed ? best : null;
}

/** Folds case and the Danish letters as they are typed on keyboards without them. */
function fold(s: string): string {
  return s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[-\s]/g, '_');
}

/** Levenshtein distance: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
