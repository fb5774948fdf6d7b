import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { displayPath } from '../text/display-path.js';
import type { RoundFileRef } from './round-files.js';

/*
 * When a round file is not there, the message says what was looked for
 * where, what is there instead (the years and rounds), and the way on:
 * --data for another folder, --year for another year, new-round for the
 * next round.
 */

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function fileList(rounds: readonly number[]): string {
  const names = rounds.map((r) => `runde-${r}.yaml`);
  return names.length <= 1 ? (names[0] ?? 'ingen rundefiler') : `${names.slice(0, -1).join(', ')} og ${names[names.length - 1]}`;
}

/** The years under the data folder and the rounds in each, from the files that are there. */
function byYear(all: readonly RoundFileRef[]): Map<number, number[]> {
  const years = new Map<number, number[]>();
  for (const f of all) years.set(f.year, [...(years.get(f.year) ?? []), f.round]);
  return years;
}

/** Said when the data folder, the year or the files are not there; null when there is a round file at all. */
async function missingFolder(dataDir: string, all: readonly RoundFileRef[], year: number | undefined): Promise<string | null> {
  const data = displayPath(dataDir);
  if (!(await isFolder(dataDir))) {
    return `der er ingen mappe ${data} her (${process.cwd()}); kør opfolgning i projektmappen, eller angiv mappen med rundefilerne med --data <mappe>`;
  }
  const years = [...byYear(all).keys()];
  if (years.length === 0) {
    return `der er ingen rundefiler i ${data} (de ligger som ${displayPath(join(dataDir, 'ÅÅÅÅ', 'runde-N.yaml'))}); angiv mappen med rundefilerne med --data <mappe>`;
  }
  if (year !== undefined && !years.includes(year)) {
    return `der er ingen rundefiler for ${year} i ${data}; årene er: ${years.join(', ')} (vælg med --year ${years[years.length - 1]})`;
  }
  return null;
}

/** The message for `check --all` or `render --all` when there is no round file to take. */
export async function missingFilesMessage(dataDir: string, all: readonly RoundFileRef[], year?: number): Promise<string> {
  return (await missingFolder(dataDir, all, year)) ?? `der er ingen rundefiler i ${displayPath(dataDir)}`;
}

/** The message for a round file that is not there (`all`: every round file under the data folder). */
export async function missingRoundMessage(dataDir: string, all: readonly RoundFileRef[], round: number, year?: number): Promise<string> {
  const folder = await missingFolder(dataDir, all, year);
  if (folder) return folder;
  const years = byYear(all);
  const y = year ?? Math.max(...years.keys());
  const rounds = years.get(y)!;
  const where = displayPath(join(dataDir, String(y)));
  const others = year === undefined && years.size > 1 ? ` eller i de andre år (${[...years.keys()].filter((k) => k !== y).join(', ')})` : '';
  const next = Math.max(...rounds) + 1;
  const way =
    round === next ? `; start runde ${round} med: opfolgning new-round --round ${round}${year === undefined ? '' : ` --year ${y}`}` : '; vælg en af dem med --round';
  return `der er ingen runde-${round}.yaml i ${where}${others}; der er ${fileList(rounds)}${way}`;
}

/** The message for `diff a b` when no year folder has both round files. */
export async function missingPairMessage(dataDir: string, all: readonly RoundFileRef[], from: number, to: number, year?: number): Promise<string> {
  const folder = await missingFolder(dataDir, all, year);
  if (folder) return folder;
  const there = [...byYear(all)]
    .filter(([y]) => year === undefined || y === year)
    .map(([y, rounds]) => `${displayPath(join(dataDir, String(y)))} har ${fileList(rounds)}`)
    .join('; ');
  return `der er ingen årsmappe med både runde-${from}.yaml og runde-${to}.yaml; ${there}`;
}
