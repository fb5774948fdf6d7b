import { join } from 'node:path';
import { fileExists, findRoundFile } from '../data-files/round-files.js';
import { displayPath } from '../text/display-path.js';
import { UsageError } from '../errors.js';
import type { Path } from '../load/parse-yaml.js';
import { readSource } from '../load/read-source.js';
import type { OutputFileSystem } from '../output/file-system.js';
import { validateText } from '../pipeline/check-round.js';
import { hasErrors, type Problem } from '../problems/problem.js';
import { bumpHeader, isoDate } from './bump-header.js';
import { todoList, type Todo } from './todo-list.js';
import { alreadyThere, writeNewFile } from './write-new-file.js';

export interface NewRoundOptions {
  dataDir: string;
  round: number;
  year?: number;
  /** The new file's `dato`; injectable for tests. */
  today: Date | string;
  /** Where the file is written; the real file system unless a test injects a failing call. */
  fileSystem?: OutputFileSystem;
}

export type NewRoundResult =
  | {
      ok: true;
      path: string;
      display: string;
      from: string;
      todo: Todo;
      /** The `dato` written, and whether it is today's (no --dato given). */
      dato: string;
      /** The agreement's budget year, to tell a date far from it. */
      year: number;
      /** Lines of the header keys written (runde, dato) and copied unchanged that often change with a round (sagsid, kontakt). */
      lines: Record<'runde' | 'dato' | 'sagsid' | 'kontakt', number>;
    }
  | { ok: false; problems: Problem[] };

/**
 * runde-N.yaml from runde-(N-1).yaml in the same year folder: only `runde`
 * and `dato` changed. The previous file must be valid, and the new file must
 * not exist.
 */
export async function newRound(options: NewRoundOptions): Promise<NewRoundResult> {
  const { round } = options;
  if (!Number.isInteger(round) || round < 1) throw new UsageError(`--round skal være 2, 3 eller 4, ikke "${round}"`);
  if (round === 1) throw new UsageError('runde 1 har ingen forrige runde at starte fra; skriv runde-1.yaml selv');
  if (round > 4) throw new UsageError('runde 4 er den sidste opfølgning; der er ingen runde efter den');
  const previous = await findRoundFile(options.dataDir, round - 1, options.year);
  const path = join(options.dataDir, String(previous.year), `runde-${round}.yaml`);
  const display = displayPath(path);
  if (await fileExists(path)) throw new UsageError(alreadyThere(display));
  // Read as check reads it: the size limit, and invalid UTF-8 refused rather
  // than copied as U+FFFD.
  const source = await readSource(previous.display, previous.path);
  if (!source.ok) return { ok: false, problems: [source.problem] };
  const text = source.text;
  const checked = validateText(previous.display, text);
  if (!checked.applied || hasErrors(checked.problems)) return { ok: false, problems: checked.problems };
  const dato = typeof options.today === 'string' ? options.today : isoDate(options.today);
  await writeNewFile(path, bumpHeader(text, { runde: round, dato }), display, options.fileSystem);
  // The new file keeps every line of the previous one, so positions in it are positions in the new file.
  const locate = checked.loaded!.locate;
  const lineOf = (p: Path) => locate(p, 'key').line;
  return {
    ok: true,
    path,
    display,
    from: previous.display,
    todo: todoList(checked.applied, round, lineOf),
    dato,
    year: checked.applied.data.år,
    lines: { runde: lineOf(['runde']), dato: lineOf(['dato']), sagsid: lineOf(['sagsid']), kontakt: lineOf(['kontakt']) },
  };
}
