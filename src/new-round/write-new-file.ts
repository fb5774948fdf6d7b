import { randomBytes } from 'node:crypto';
import { link, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';
import { writeFileAtomic } from '../output/atomic-write.js';

/** The refusal when the new round's file is there already (exit 2). */
export function alreadyThere(display: string): string {
  return `${display} findes allerede; den overskrives ikke`;
}

/**
 * Writes a file that must not exist yet, whole or not at all: the text is
 * written atomically to a hidden temporary name beside it, then hard-linked to
 * the final name. link() fails when the name exists, so a file created in the
 * meantime (another run, an editor) is never replaced.
 */
export async function writeNewFile(path: string, text: string, display = path): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.new-${process.pid}-${randomBytes(4).toString('hex')}`);
  await writeFileAtomic(temp, text);
  try {
    await link(temp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(alreadyThere(display));
    throw new EnvironmentError(`kan ikke skrive ${display}${code ? ` (${code})` : ''}`);
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
}
