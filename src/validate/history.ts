import type { LoadedYaml } from '../load/parse-yaml.js';
import { warning, type Problem } from '../problems/problem.js';
import type { RuleInitiative } from './collect-initiatives.js';

type HistoryInitiative = Pick<RuleInitiative, 'id' | 'path' | 'agreementYear' | 'cells' | 'corrected'>;

/**
 * docs/smiley-regler.md, "Historikken på tværs af rundefiler": the smileys the
 * previous round's file recorded for rounds before R must be what this file
 * shows for them, unless this file says why it changed one (`rettet` on that
 * milestone).
 * Works on the initiatives the rules see, so it is reported whether or not
 * the file has other errors: a changed history is easiest to catch while the
 * round is being filled in.
 */
export function historyProblems(
  file: string,
  locate: LoadedYaml['locate'],
  current: { round: number; initiatives: readonly HistoryInitiative[] },
  previous: readonly HistoryInitiative[],
  previousName: string,
): Problem[] {
  const key = (year: number, id: string) => `${year}\u0000${id}`;
  const before = new Map(previous.map((item) => [key(item.agreementYear, item.id), item]));
  const problems: Problem[] = [];
  for (const item of current.initiatives) {
    const old = before.get(key(item.agreementYear, item.id));
    if (!old || old.cells.length === 0) continue;
    for (const cell of item.cells) {
      if (cell.round >= current.round) continue;
      const was = old.cells[cell.round - 1]?.smiley ?? null;
      if (was === cell.smiley) continue;
      // A correction the file acknowledges (`rettet`) is the record, not a slip.
      if (item.corrected.includes(cell.round)) continue;
      // Editing the previous round's smiley is the usual slip when a follow-up was meant (issue 12).
      const R = current.round;
      const followUp =
        cell.round === R - 1 && (was === 'neutral' || was === 'sur')
          ? `skulle den følge op på ${was}, så sæt ${was} tilbage og tilføj ${R}: under milepæle: med smiley: og status:; `
          : '';
      problems.push(
        warning(
          file,
          locate([...item.path, 'milepæle', String(cell.round), 'smiley']),
          `smiley for ${cell.round}. opfølgning er ændret fra ${was ?? 'ingen'} (${previousName}) til ${cell.smiley ?? 'ingen'}; ` +
            `${followUp}er det en bevidst rettelse, så skriv "rettet:" med begrundelsen på milepælen`,
          item.id,
        ),
      );
    }
  }
  return problems;
}
