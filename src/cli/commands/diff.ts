import { Option, type Command } from 'commander';
import type { Side } from '../../diff/compare-files.js';
import { textAtRevision } from '../../diff/git-revision.js';
import { findRoundPair } from '../../diff/round-pair.js';
import { findRoundFile } from '../../data-files/round-files.js';
import { UsageError } from '../../errors.js';
import { printable } from '../../problems/format.js';
import { parseRound, parseYear } from '../options.js';
import { withExamples } from '../help-examples.js';
import { printProblems } from '../print-problems.js';
import type { Output } from '../terminal.js';

type DiffFormat = 'tekst' | 'md';

interface DiffFlags {
  git?: string;
  round?: number;
  year?: number;
  data: string;
  format?: DiffFormat;
}

export function parseDiffFormat(value: string): DiffFormat {
  const v = value.trim().toLowerCase();
  if (v === 'md' || v === 'markdown') return 'md';
  if (v === 'tekst' || v === 'text') return 'tekst';
  throw new UsageError(`--format skal være tekst eller md, ikke "${value}"`);
}

function roundArgument(value: string | undefined, name: string): number {
  if (value === undefined) throw new UsageError(`angiv to runder (fx opfolgning diff 1 2) eller --git <revision> --round N`);
  if (!/^[1-4]$/.test(value.trim())) throw new UsageError(`${name} skal være 1, 2, 3 eller 4, ikke "${value}"`);
  return Number(value);
}

async function sides(from: string | undefined, to: string | undefined, flags: DiffFlags): Promise<[Side, Side]> {
  if (flags.git !== undefined) {
    if (from !== undefined || to !== undefined) throw new UsageError('brug enten to runder eller --git med --round, ikke begge');
    if (flags.round === undefined) throw new UsageError('--git kræver --round N');
    const ref = await findRoundFile(flags.data, flags.round, flags.year);
    const instead = flags.round > 1 ? `; er runden ny, så sammenlign med den forrige: opfolgning diff ${flags.round - 1} ${flags.round}` : '';
    const text = await textAtRevision(ref.path, flags.git, instead);
    return [
      { label: `${flags.git}:${ref.display}`, text },
      { label: ref.display, path: ref.path },
    ];
  }
  if (flags.round !== undefined) throw new UsageError('--round bruges kun med --git; angiv ellers to runder: opfolgning diff 1 2');
  const a = roundArgument(from, 'fra-runden');
  const b = roundArgument(to, 'til-runden');
  if (a >= b) throw new UsageError(`fra-runden skal komme før til-runden, ikke ${a} og ${b}`);
  const [older, newer] = await findRoundPair(flags.data, a, b, flags.year);
  return [
    { label: older.display, path: older.path },
    { label: newer.display, path: newer.path },
  ];
}

export function registerDiff(program: Command, output: Output): void {
  const cmd = program.command('diff');
  withExamples(cmd, [
    ['opfolgning diff 2 3', 'ændringerne fra runde-2.yaml til runde-3.yaml'],
    ['opfolgning diff 2 3 --format md', 'som Markdown, til en pull request'],
    ['opfolgning diff --git HEAD --round 3', 'runde-3.yaml mod den seneste commit'],
  ]);
  cmd
    .description('vis, hvad der er ændret mellem to runder (eller i en rundefil siden en git-revision)')
    .argument('[fra]', 'den tidligere runde, fx 1')
    .argument('[til]', 'den senere runde, fx 2')
    .option('--git <revision>', 'sammenlign rundefilen med sig selv i en git-revision (fx HEAD)')
    .addOption(new Option('-r, --round <N>', 'runden, med --git').argParser(parseRound))
    .addOption(new Option('--year <år>', 'budgetåret (standard: det nyeste år, der har runderne)').argParser(parseYear))
    .option('--data <mappe>', 'mappen med rundefilerne', 'data')
    .addOption(new Option('--format <format>', 'tekst (standard) eller md: Markdown til en pull request').argParser(parseDiffFormat))
    .action(async (from: string | undefined, to: string | undefined, flags: DiffFlags) => {
      const [older, newer] = await sides(from, to, flags);
      // Loaded by the command that needs it: the bundle's chunks keep the diff out of the other commands' start-up.
      const [{ compareFiles }, { formatMarkdown }, { formatText }] = await Promise.all([
        import('../../diff/compare-files.js'),
        import('../../diff/format-markdown.js'),
        import('../../diff/format-text.js'),
      ]);
      const result = await compareFiles(older, newer);
      if (!result.changes) {
        printProblems(output, result.problems, 2);
        output.err('Runderne kan ikke sammenlignes, før filerne kan læses som rundefiler; ret fejlene ovenfor.');
        process.exitCode = 1;
        return;
      }
      for (const note of result.notes) output.err(printable(note));
      const lines =
        flags.format === 'md'
          ? formatMarkdown(result.changes, older.label, newer.label, result.file)
          : formatText(result.changes, older.label, newer.label, { colour: output.outColour }, result.file);
      for (const line of lines) output.out(line);
    });
}
