import { missingPairMessage } from '../data-files/missing-file.js';
import { listRoundFiles, type RoundFileRef } from '../data-files/round-files.js';
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
  throw new UsageError(await missingPairMessage(dataDir, year === undefined ? all : await listRoundFiles(dataDir), from, to, year));
}
