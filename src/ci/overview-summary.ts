import { escapeMarkdown } from '../diff/format-markdown.js';
import type { CheckedRound } from '../pipeline/check-round.js';
import { buildView } from '../view-model/build-view.js';
import type { SmileyCounts } from '../view-model/types.js';

/*
 * The "Samlet overblik" counts of each round as Markdown, for the job summary
 * of the reports workflow ($GITHUB_STEP_SUMMARY): the same numbers as the
 * report's table, because they come from the same view.
 */

function row(label: string, c: SmileyCounts): string {
  return `| ${label} | ${c.glad} | ${c.neutral} | ${c.sur} | ${c.none} | ${c.total} |`;
}

/** One table per valid round, in the order given; a round with errors says so instead. */
export function overviewSummary(rounds: readonly CheckedRound[]): string {
  const lines = ['## Samlet overblik'];
  for (const round of rounds) {
    lines.push('');
    if (!round.applied) {
      lines.push(`### \`${round.ref.display}\``, '', 'Filen har fejl; se `opfolgning check`.');
      continue;
    }
    const view = buildView(round.applied);
    const o = view.overview;
    lines.push(
      `### ${escapeMarkdown(view.title)} (\`${round.ref.display}\`)`,
      '',
      `Antal indsatser med hver smiley ved ${o.roundLabel}, pr. tema og i alt.`,
      '',
      '| Tema | Glad | Neutral | Sur | Ingen smiley | I alt |',
      '|---|--:|--:|--:|--:|--:|',
      ...o.rows.map((r) => row(escapeMarkdown(r.title), r.counts)),
      row('**I alt**', o.total),
    );
  }
  return `${lines.join('\n')}\n`;
}
