import { join } from 'node:path';
import { changeLog, type ChangeLogSide } from '../api/change-log.js';
import { escapeMarkdown } from '../diff/format-markdown.js';
import { git } from '../diff/git-revision.js';
import { fileExists, previousRoundRef, type RoundFileRef } from '../data-files/round-files.js';
import { displayPath } from '../text/display-path.js';
import { checkRound } from '../pipeline/check-round.js';
import { formatCount, formatProblem } from '../problems/format.js';
import { sortProblems, type Problem } from '../problems/problem.js';

/*
 * The comment a pull request that touches data/ gets: `diff --format md` of
 * every changed round file against the base branch, then what `check` finds
 * in them. The hidden marker identifies the comment, so the workflow updates
 * it on every push instead of adding another (pr-comment.ts).
 */

export const COMMENT_MARKER = '<!-- opfolgning:aendringslog -->';

/** GitHub refuses comments over 65,536 characters; the rest of the log is in the job summary. */
export const MAX_COMMENT_CHARS = 60_000;

const ROUND_FILE = /(^|\/)(\d{4})\/runde-([1-4])\.yaml$/;

export interface ChangedRoundFile {
  kind: 'tilføjet' | 'ændret' | 'slettet';
  /** Relative to the repository root, with /. */
  path: string;
  /** Where it was in the base revision (differs when renamed). */
  basePath: string;
}

export interface PrChangeLogInput {
  /** The repository's root folder. */
  repoDir: string;
  /** The base revision (the merge commit's first parent in CI: HEAD^1). */
  base: string;
  /** How the base is named in the comment (the base branch: main). */
  baseLabel?: string;
  /** The data folder, relative to repoDir. */
  dataDir?: string;
}

export interface PrChangeLog {
  files: ChangedRoundFile[];
  /** What `check` finds in the changed files as they are now (history against the previous round included). */
  problems: Problem[];
  /** The whole comment, marker first. */
  markdown: string;
}

async function gitOrThrow(args: string[], cwd: string): Promise<string> {
  const r = await git(args, cwd);
  if (!r.ok) throw new Error(`git ${args[0]} fejlede: ${r.stderr.trim().split('\n')[0] ?? ''}`);
  return r.stdout;
}

/** The round files changed from `base` to HEAD, in path order. */
export async function changedRoundFiles(repoDir: string, base: string, dataDir = 'data'): Promise<ChangedRoundFile[]> {
  const out = await gitOrThrow(['diff', '--name-status', '-z', '-M', base, 'HEAD', '--', dataDir], repoDir);
  const fields = out.split('\0');
  const files: ChangedRoundFile[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const status = fields[i++]!;
    const first = fields[i++]!;
    const second = status.startsWith('R') || status.startsWith('C') ? fields[i++]! : undefined;
    const path = second ?? first;
    const kind = status === 'D' ? 'slettet' : status === 'A' || status.startsWith('C') ? 'tilføjet' : 'ændret';
    if (ROUND_FILE.test(path) || (kind === 'slettet' && ROUND_FILE.test(first))) files.push({ kind, path, basePath: first });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function refFor(repoDir: string, path: string): RoundFileRef {
  const m = ROUND_FILE.exec(path)!;
  const absolute = join(repoDir, path);
  return { year: Number(m[2]), round: Number(m[3]), path: absolute, display: displayPath(absolute) };
}

function code(s: string): string {
  return `\`${s.replace(/`/g, "'")}\``;
}

async function section(input: Required<PrChangeLogInput>, file: ChangedRoundFile): Promise<string[]> {
  const { repoDir, base, baseLabel } = input;
  if (file.kind === 'slettet') return [`## ${code(file.path)} er slettet`];
  const ref = refFor(repoDir, file.path);
  const newer: ChangeLogSide = { label: file.path, path: ref.path };
  let older: ChangeLogSide;
  const intro: string[] = [];
  if (file.kind === 'ændret') {
    older = { label: `${baseLabel}:${file.basePath}`, text: await gitOrThrow(['show', `${base}:${file.basePath}`], repoDir) };
  } else {
    const previous = previousRoundRef(ref);
    if (!previous || !(await fileExists(previous.path))) {
      return [`## ${code(file.path)} er ny`, '', 'Der er ingen tidligere runde i samme mappe at sammenligne med.'];
    }
    const previousPath = `${file.path.slice(0, file.path.lastIndexOf('/') + 1)}runde-${previous.round}.yaml`;
    older = { label: previousPath, path: previous.path };
    intro.push(`*${code(file.path)} er ny: ændringerne i forhold til runde ${previous.round}.*`, '');
  }
  const log = await changeLog(older, newer, 'md');
  if (!log.lines) {
    return [`## ${code(file.path)}`, '', `Filen kan ikke sammenlignes med ${code(older.label)}, fordi data er ugyldige:`, '', ...problemLines(log.problems)];
  }
  // The note goes under the heading: [heading, '', …the rest].
  return intro.length === 0 ? log.lines : [log.lines[0]!, '', ...intro, ...log.lines.slice(2)];
}

function problemLines(problems: readonly Problem[]): string[] {
  return sortProblems(problems).map((p) => `- ${escapeMarkdown(formatProblem(p))}`);
}

/** Cuts a comment that GitHub would refuse, at a line, saying where the rest is. */
export function fitComment(markdown: string, max = MAX_COMMENT_CHARS): string {
  if (markdown.length <= max) return markdown;
  const note = '\n\n… *Ændringsloggen er for lang til en kommentar; resten står i jobbets oversigt (Summary).*\n';
  const cut = markdown.lastIndexOf('\n', max - note.length);
  return markdown.slice(0, cut) + note;
}

/** The change log of a pull request's round files, and the problems `check` finds in them. */
export async function prChangeLog(options: PrChangeLogInput): Promise<PrChangeLog> {
  const input: Required<PrChangeLogInput> = { baseLabel: options.base, dataDir: 'data', ...options };
  const files = await changedRoundFiles(input.repoDir, input.base, input.dataDir);
  const lines = [COMMENT_MARKER, '# Ændringslog for rundefilerne', ''];
  if (files.length === 0) {
    lines.push(`Ingen rundefiler er ændret i forhold til ${code(input.baseLabel)}.`);
    return { files, problems: [], markdown: `${lines.join('\n')}\n` };
  }
  lines.push(`${files.length === 1 ? 'Én rundefil' : `${files.length} rundefiler`} ændret i forhold til ${code(input.baseLabel)}, som \`opfolgning diff --format md\` viser det.`);
  const memo = new Map();
  const problems: Problem[] = [];
  for (const file of files) {
    lines.push('', ...(await section(input, file)));
    if (file.kind !== 'slettet') problems.push(...(await checkRound(refFor(input.repoDir, file.path), memo)).problems);
  }
  const existing = files.filter((f) => f.kind !== 'slettet').length;
  lines.push('', '## Kontrol (`opfolgning check`)', '');
  lines.push(...problemLines(problems), ...(problems.length > 0 ? [''] : []), formatCount(problems, existing));
  return { files, problems, markdown: `${lines.join('\n')}\n` };
}
