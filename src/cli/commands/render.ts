import type { Command } from 'commander';
import { displayPath } from '../../text/display-path.js';
import { UsageError } from '../../errors.js';
import type { RenderedDocument } from '../../pipeline/render.js';
import { parseCommittee } from '../options.js';
import { withExamples } from '../help-examples.js';
import { printProblems, refusalReason } from '../print-problems.js';
import { addOutputOptions, addRoundOptions, addStrictOption, type SharedFlags } from '../common-options.js';
import type { Output } from '../terminal.js';

interface RenderFlags extends SharedFlags {
  udvalg?: string;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1).replace('.', ',')} s`;
}

function describe(d: RenderedDocument): string {
  return d.pages === undefined ? seconds(d.ms) : `${d.pages} sider, ${seconds(d.ms)}`;
}

export function registerRender(program: Command, output: Output): void {
  const cmd = program
    .command('render')
    .description('lav rapporten for en runde som HTML og PDF')
    .option('-a, --all', 'hele rapporten og én pr. udvalg; uden --round for alle rundefiler')
    .option('--udvalg <navn>', 'kun dette udvalgs indsatser');
  withExamples(cmd, [
    ['opfolgning render --round 3', 'out/<år>/runde-3.html og .pdf'],
    ['opfolgning render --round 3 --all', 'runde 3: hele rapporten og én pr. udvalg'],
    ['opfolgning render --round 1 --udvalg "Social- og Sundhedsudvalget"', 'kun det udvalgs indsatser'],
    ['opfolgning render --all --format html', 'alle runder, kun HTML'],
  ]);
  addStrictOption(addOutputOptions(addRoundOptions(cmd))).action(async (flags: RenderFlags) => {
    if (flags.all !== true && flags.round === undefined) throw new UsageError('angiv en runde med --round N eller alle med --all');
    const started = performance.now();
    // Loaded by the command that needs it (bundle chunks); the printer's code only for a PDF.
    const { render } = await import('../../pipeline/render.js');
    const { startPrinterFromEnv } = flags.format.includes('pdf') ? await import('../printer.js') : { startPrinterFromEnv: undefined };
    const c = output.outColour;
    let planned = 0;
    let written = 0;
    const result = await render({
      dataDir: flags.data,
      outDir: flags.out,
      formats: flags.format,
      ...(flags.year === undefined ? {} : { year: flags.year }),
      ...(flags.round === undefined ? {} : { round: flags.round }),
      ...(flags.udvalg === undefined ? {} : { committee: parseCommittee(flags.udvalg) }),
      perCommittee: flags.all === true,
      strict: flags.strict === true,
      ...(startPrinterFromEnv === undefined ? {} : { startPrinter: startPrinterFromEnv }),
      onChecked: (checked) => {
        if (checked.problems.length > 0 || !checked.ok) printProblems(output, checked.problems, checked.rounds.length);
      },
      onPlanned: (files) => (planned = files),
      onSameAsWhole: ({ path, whole }) => {
        const ext = flags.format.length === 1 ? `.${flags.format[0]}` : '';
        output.out(`ikke skrevet: ${path}${ext || '.html/.pdf'} er den samme som ${whole}${ext || '.html/.pdf'} (alle indsatser hører til udvalget)`);
      },
      onDocument: (d) => {
        written++;
        const count = `${written} af ${planned}`;
        output.out(
          output.interactive
            ? `${c.green('✓')} ${c.dim(`[${count}]`)} ${displayPath(d.path)}  ${c.dim(describe(d))}`
            : `skrevet: ${displayPath(d.path)} (${describe(d)}; ${count})`,
        );
      },
    });
    if (!result.check.ok) {
      output.err(`Der er ikke lavet nogen rapport, ${refusalReason(result.check.problems)}.`);
      process.exitCode = 1;
      return;
    }
    const html = result.documents.filter((d) => d.format === 'html').length;
    const pdf = result.documents.filter((d) => d.format === 'pdf').length;
    output.out(`Færdig: ${html} HTML og ${pdf} PDF på ${seconds(performance.now() - started)}.`);
  });
}
