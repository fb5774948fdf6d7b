import { lstat, mkdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { EnvironmentError } from '../errors.js';
import { displayPath } from '../text/display-path.js';

function code(e: unknown): string {
  return String((e as NodeJS.ErrnoException).code ?? 'ukendt fejl');
}

/** Creates one folder; a folder that appeared meanwhile is fine. */
async function makeOne(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (e) {
    if (code(e) !== 'EEXIST') throw new EnvironmentError(`kan ikke oprette mappen ${displayPath(dir)} (${code(e)})`);
  }
}

/**
 * Creates `dir` and its missing parents one level at a time. Node's own
 * recursive mkdir never returns on procfs (`--out /proc/nope`: it retries the
 * parent forever); one mkdir per level always ends, with the reason.
 */
async function makeParents(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    try {
      if ((await stat(d)).isDirectory()) break;
      throw new EnvironmentError(`${displayPath(d)} er ikke en mappe; vælg en anden --out`);
    } catch (e) {
      if (e instanceof EnvironmentError) throw e;
      if (code(e) !== 'ENOENT') throw new EnvironmentError(`kan ikke bruge mappen ${displayPath(d)} (${code(e)})`);
      if (dirname(d) === d) throw new EnvironmentError(`kan ikke oprette mappen ${displayPath(dir)} (ENOENT)`);
      missing.push(d);
    }
  }
  for (const d of missing.reverse()) await makeOne(d);
}

/**
 * Makes sure `dir` exists inside `root` (the --out folder) without following
 * a symbolic link below `root`: a link such as out/2019 -> /tmp/elsewhere
 * would put the report outside --out, so it is refused with a message.
 * `root` itself may be a link: the user named it. Without a root, only the
 * folders are made.
 */
export async function makeDirWithin(dir: string, root?: string): Promise<void> {
  const target = resolve(dir);
  const base = root === undefined ? undefined : resolve(root);
  const inside = base === undefined ? '' : relative(base, target);
  if (base === undefined || inside.startsWith('..') || isAbsolute(inside)) {
    await makeParents(target);
    return;
  }
  await makeParents(base);
  let current = base;
  for (const part of inside.split(sep).filter((p) => p !== '')) {
    current = `${current}${sep}${part}`;
    let info;
    try {
      info = await lstat(current);
    } catch (e) {
      if (code(e) !== 'ENOENT') throw new EnvironmentError(`kan ikke bruge mappen ${displayPath(current)} (${code(e)})`);
      await makeOne(current);
      info = await lstat(current);
    }
    if (info.isSymbolicLink()) {
      throw new EnvironmentError(
        `${displayPath(current)} er et symbolsk link; rapporter skrives aldrig gennem et link inde i --out. Slet linket, eller vælg en anden --out`,
      );
    }
    if (!info.isDirectory()) throw new EnvironmentError(`${displayPath(current)} er ikke en mappe; flyt filen væk, eller vælg en anden --out`);
  }
}
