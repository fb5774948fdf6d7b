import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';
import { displayPath } from '../text/display-path.js';

/*
 * A file as it was at a git revision: `git show <rev>:<path from the repository
 * root>`, git run directly (no shell), so no revision text is ever interpreted.
 */

export interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
  missing?: boolean;
}

/** Runs git without a shell; never rejects (a missing git is `missing`). */
export function git(args: string[], cwd: string): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, stdout, stderr });
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      resolve({ ok: false, stdout, stderr: String(stderr), missing });
    });
  });
}

/** The text of `file` (an existing path) at git revision `rev`. */
/** `instead`: what to do when the file is not in that revision yet (a round just started), said after the refusal. */
export async function textAtRevision(file: string, rev: string, instead = ''): Promise<string> {
  if (rev.trim() === '' || rev.startsWith('-') || /[\u0000-\u001f]/.test(rev)) {
    throw new UsageError(`--git skal være en git-revision (fx HEAD eller main), ikke "${rev}"`);
  }
  const absolute = await realpath(file);
  const cwd = dirname(absolute);
  const top = await git(['rev-parse', '--show-toplevel'], cwd);
  if (top.missing) throw new EnvironmentError('git blev ikke fundet; installer git for at bruge --git');
  if (!top.ok) throw new UsageError(`${displayPath(file)} ligger ikke i et git-repository`);
  const root = await realpath(top.stdout.trim());
  const path = relative(root, absolute).split(sep).join('/');
  const shown = await git(['show', `${rev}:${path}`], root);
  if (shown.ok) return shown.stdout;
  const verified = await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], root);
  if (!verified.ok) throw new UsageError(`git kender ikke revisionen "${rev}"`);
  throw new UsageError(`${path} findes ikke i revisionen ${rev}${instead}`);
}
