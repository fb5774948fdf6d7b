import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { displayPath } from '../text/display-path.js';
import { missingFilesMessage, missingRoundMessage } from './missing-file.js';

export interface RoundFileRef {
  year: number;
  round: number;
  /** Absolute path. */
  path: string;
  /** As shown in messages: relative to the working directory. */
  display: string;
}

const YEAR = /^\d{4}$/;
const ROUND_FILE = /^runde-([1-4])\.yaml$/;

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

function ref(dataDir: string, year: number, round: number): RoundFileRef {
  const path = join(dataDir, String(year), `runde-${round}.yaml`);
  return { year, round, path, display: displayPath(path) };
}

/** Every round file under the data folder, oldest year and round first. */
export async function listRoundFiles(dataDir: string, year?: number): Promise<RoundFileRef[]> {
  const years = (await entries(dataDir)).filter((d) => YEAR.test(d)).map(Number);
  const out: RoundFileRef[] = [];
  for (const y of years.sort((a, b) => a - b)) {
    if (year !== undefined && y !== year) continue;
    const rounds = (await entries(join(dataDir, String(y))))
      .map((f) => ROUND_FILE.exec(f)?.[1])
      .filter((r): r is string => r !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    for (const r of rounds) out.push(ref(dataDir, y, r));
  }
  return out;
}

/** The file of one round: in --year, or else the newest year folder that has the round. */
export async function findRoundFile(dataDir: string, round: number, year?: number): Promise<RoundFileRef> {
  const all = await listRoundFiles(dataDir, year);
  const match = all.filter((f) => f.round === round).pop();
  if (match) return match;
  throw new UsageError(await missingRoundMessage(dataDir, await listRoundFiles(dataDir), round, year));
}

export async function requireRoundFiles(dataDir: string, year?: number): Promise<RoundFileRef[]> {
  const all = await listRoundFiles(dataDir, year);
  if (all.length === 0) throw new UsageError(await missingFilesMessage(dataDir, await listRoundFiles(dataDir), year));
  return all;
}

/** The file of the previous round beside a round file, if there is one. */
export function previousRoundRef(file: RoundFileRef): RoundFileRef | null {
  return file.round > 1 ? { ...ref(join(file.path, '..', '..'), file.year, file.round - 1) } : null;
}

/** Whether something exists at `path` (a round file beside another, a file new-round must not replace). */
export async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
