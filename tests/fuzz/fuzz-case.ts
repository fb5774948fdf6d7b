import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppliedRound } from '../../src/apply-rules/apply-round.js';
import type { RoundFileRef } from '../../src/data-files/round-files.js';
import { decodeSource } from '../../src/load/read-source.js';
import { checkRound } from '../../src/pipeline/check-round.js';
import { formatAnnotation, formatCount, formatProblem } from '../../src/problems/format.js';
import { hasErrors, sortProblems, type Problem } from '../../src/problems/problem.js';
import { renderReport } from '../../src/render-html/render-report.js';
import { buildView } from '../../src/view-model/build-view.js';
import { committeeSlug } from '../../src/view-model/committees.js';
import { tempDir } from '../helpers/temp-dir.js';
import type { CorpusFile } from './corpus.js';

/*
 * One fuzz case, in-process, through the same functions the CLI's `check`
 * uses (decodeSource → checkRound, which validates, applies the rules and
 * compares with the previous round's file on disk → formatProblem), and, when
 * the file is valid, through the view model and the HTML renderer. Every
 * broken promise of cli.md throws a FuzzFailure.
 */

export class FuzzFailure extends Error {}

export interface CaseOutcome {
  exitCode: 0 | 1;
  /** The problem lines as the CLI prints them (sorted). */
  lines: string[];
  valid: boolean;
  /** HTML documents rendered (0 when the file is invalid). */
  rendered: number;
}

/** A folder holding the previous round's file beside where the mutated file would be. */
export interface CaseDir {
  root: string;
  ref: RoundFileRef;
  memo: NonNullable<Parameters<typeof checkRound>[1]>;
}

export function caseDir(file: CorpusFile, root = tempDir('opfolgning-fuzz-')): CaseDir {
  const dir = join(root, 'data', '2019');
  mkdirSync(dir, { recursive: true });
  if (file.previous !== null) writeFileSync(join(dir, `runde-${file.round - 1}.yaml`), file.previous);
  const display = `data/2019/runde-${file.round}.yaml`;
  return { root, ref: { year: 2019, round: file.round, path: join(root, display), display }, memo: new Map() };
}

function render(round: AppliedRound, committee: string | null): string {
  return renderReport(buildView(round, { committee }));
}

const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/;

function lineLengths(bytes: Uint8Array): number[] {
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.split('\n').map((l) => l.length);
}

/** Every problem names the file and a position inside it, on one line of plain text. */
export function assertWellFormed(problems: readonly Problem[], display: string, bytes: Uint8Array): string[] {
  const lengths = lineLengths(bytes);
  const lines: string[] = [];
  for (const p of sortProblems(problems)) {
    const where = `${p.file}:${p.line}:${p.col}`;
    if (p.file !== display) throw new FuzzFailure(`problem names file ${JSON.stringify(p.file)}, not ${display}`);
    if (!Number.isInteger(p.line) || !Number.isInteger(p.col) || p.line < 1 || p.col < 1) {
      throw new FuzzFailure(`position out of range: ${where}`);
    }
    if (p.line > lengths.length + 1) throw new FuzzFailure(`line ${p.line} beyond the file's ${lengths.length} lines: ${where}`);
    const lineLength = lengths[p.line - 1] ?? 0;
    if (p.col > lineLength + 1) throw new FuzzFailure(`column ${p.col} beyond line ${p.line}'s ${lineLength} characters: ${where}`);
    const line = formatProblem(p);
    if (!line.startsWith(`${where}: ${p.severity}: `) || !/^(fejl|advarsel)$/.test(p.severity)) {
      throw new FuzzFailure(`not compiler style: ${JSON.stringify(line)}`);
    }
    if (CONTROL.test(line)) throw new FuzzFailure(`control character in a message line: ${JSON.stringify(line)}`);
    if (p.message.trim() === '') throw new FuzzFailure(`empty message at ${where}`);
    const annotation = formatAnnotation(p);
    if (CONTROL.test(annotation)) throw new FuzzFailure(`control character in an annotation: ${JSON.stringify(annotation)}`);
    lines.push(line);
  }
  if (CONTROL.test(formatCount(problems, 1))) throw new FuzzFailure('control character in the count line');
  return lines;
}

const SLUG = /^[a-z]+(-[a-z]+)*$/;

function committees(round: AppliedRound): string[] {
  const names = new Set<string>();
  for (const theme of [...round.themes, ...round.earlier.flatMap((a) => a.themes)]) {
    for (const item of theme.initiatives) {
      const u = item.initiative.ansvar.udvalg;
      for (const name of Array.isArray(u) ? u : [u]) names.add(name.trim());
    }
  }
  return [...names];
}

function assertRendered(html: string, what: string): void {
  if (!/<\/html>\s*$/.test(html)) throw new FuzzFailure(`${what}: HTML does not end with </html>`);
  if (/<script/i.test(html)) throw new FuzzFailure(`${what}: HTML contains <script`);
  if (/href\s*=\s*["']?\s*(?:javascript|data|vbscript):/i.test(html)) throw new FuzzFailure(`${what}: HTML has a script link`);
}

/**
 * A round file, or the previous round's file, that is not a regular file
 * (attack-cases.ts), checked from disk as `check` does: it must end at once
 * with a problem, never wait for a writer.
 */
export async function runSpecialCase(ref: RoundFileRef, previousIsSpecial: boolean, budgetMs: number): Promise<CaseOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new FuzzFailure(`reading a special file did not end within ${budgetMs} ms`)), budgetMs);
  });
  const checked = await Promise.race([checkRound(ref, new Map()), hung]).finally(() => clearTimeout(timer));
  const bytes = previousIsSpecial ? new Uint8Array(readFileSync(ref.path)) : new Uint8Array();
  const lines = assertWellFormed(checked.problems, ref.display, bytes);
  const refused = previousIsSpecial
    ? checked.applied === null || lines.some((l) => l.includes('historikken kan ikke sammenlignes'))
    : lines.some((l) => l.startsWith(`${ref.display}:1:1: fejl: `) && l.includes('ikke en almindelig fil'));
  if (!refused) throw new FuzzFailure(`the special file was not refused: ${JSON.stringify(lines.slice(0, 3))}`);
  return { exitCode: hasErrors(checked.problems) ? 1 : 0, lines, valid: !hasErrors(checked.problems), rendered: 0 };
}

/** Runs one case; throws FuzzFailure (or whatever the code under test threw) when a promise is broken. */
export async function runCase(bytes: Uint8Array, dir: CaseDir): Promise<CaseOutcome> {
  const display = dir.ref.display;
  const source = decodeSource(display, bytes);
  let problems: Problem[];
  let applied: AppliedRound | null = null;
  if (!source.ok) problems = [source.problem];
  else {
    const checked = await checkRound(dir.ref, dir.memo, source.text);
    problems = checked.problems;
    applied = checked.applied;
  }
  const lines = assertWellFormed(problems, display, bytes);
  const invalid = hasErrors(problems);
  if (invalid && applied !== null) throw new FuzzFailure('errors reported, yet the round was applied (it would be rendered)');
  if (!invalid && applied === null) throw new FuzzFailure('no errors, yet nothing to render');

  let rendered = 0;
  if (applied) {
    assertRendered(render(applied, null), 'whole report');
    rendered++;
    for (const name of committees(applied)) {
      const slug = committeeSlug(name);
      if (!SLUG.test(slug) && slug !== 'udvalg') throw new FuzzFailure(`unsafe slug ${JSON.stringify(slug)} for ${JSON.stringify(name)}`);
      assertRendered(render(applied, name), `report for ${JSON.stringify(name)}`);
      rendered++;
    }
  }
  return { exitCode: invalid ? 1 : 0, lines, valid: !invalid, rendered };
}
