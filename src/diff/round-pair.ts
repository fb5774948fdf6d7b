import { join } from 'node:path';
import { listRoundFiles, type RoundFileRef } from '../data-files/round-files.js';
import { displayPath } from '../text/display-path.js';
import { UsageError } from '../errors.js';

/**
 * The two round files to compare: in `year`, or else the newest year folder
 * that has both rounds.
 */
export async function findRoundPair(dataDir: string, from: number, to: number, year?: number): Promise<[RoundFileRef, RoundFileRef]> {
  const all = await listRoundFiles(dataDir, year);
  const years = [...new Set(all.map((f) => f.year))].sort((a, b) => b - a);
  for (const y of years) {
    const a = all.find((f) => f.year === y && f.round === from);
    const b = all.find((f) => f.year === y && f.round === to);
    if (a && b) return [a, b];
  }
  const where = displayPath(year === undefined ? join(dataDir, '<år>') : join(dataDir, String(year)));
  throw new UsageError(`der er ingen mappe med både runde-${from}.yaml og runde-${to}.yaml i ${where}`);
}
