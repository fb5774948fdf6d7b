import { allInitiatives, type AppliedRound } from '../apply-rules/apply-round.js';
import type { LoadedYaml } from '../load/parse-yaml.js';
import { warning, type Problem } from '../problems/problem.js';

/**
 * rules.md, "History across round files": the smileys the previous round's
 * file recorded for rounds before R must be what this file shows for them.
 */
export function historyProblems(
  file: string,
  locate: LoadedYaml['locate'],
  current: AppliedRound,
  previous: AppliedRound,
  previousName: string,
): Problem[] {
  const key = (year: number, id: string) => `${year}\u0000${id}`;
  const before = new Map(allInitiatives(previous).map((item) => [key(item.agreementYear, item.initiative.id), item]));
  const problems: Problem[] = [];
  for (const item of allInitiatives(current)) {
    const old = before.get(key(item.agreementYear, item.initiative.id));
    if (!old) continue;
    for (const cell of item.cells) {
      if (cell.round >= current.data.runde) continue;
      const was = old.cells[cell.round - 1]?.smiley ?? null;
      if (was === cell.smiley) continue;
      problems.push(
        warning(
          file,
          locate([...item.path, 'milepæle', String(cell.round), 'smiley']),
          `smiley for ${cell.round}. opfølgning er ændret fra ${was ?? 'ingen'} (${previousName}) til ${cell.smiley ?? 'ingen'}`,
          item.initiative.id,
        ),
      );
    }
  }
  return problems;
}
