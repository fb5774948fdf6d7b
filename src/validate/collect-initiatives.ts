import type { AppliedInitiative } from '../apply-rules/apply-round.js';
import { effectiveMilestones, recordedMilestones } from '../apply-rules/effective-smileys.js';
import type { Path } from '../load/parse-yaml.js';
import { initiativeSchema } from './schema.js';

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function field(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;
}

/**
 * Every initiative of the raw data that passes the schema on its own, with its
 * effective smileys: the rules still check these when another part of the file
 * is invalid, so a user sees all problems of a file at once.
 */
export function collectInitiatives(value: unknown, round: number | null): AppliedInitiative[] {
  const out: AppliedInitiative[] = [];
  const visit = (themes: unknown, base: Path, year: unknown, current: boolean) => {
    list(themes).forEach((theme, t) => {
      list(field(theme, 'indsatser')).forEach((raw, i) => {
        const parsed = initiativeSchema.safeParse(raw);
        if (!parsed.success) return;
        if (current && round === null) return;
        out.push({
          initiative: parsed.data,
          path: [...base, t, 'indsatser', i],
          agreementYear: typeof year === 'number' ? year : 0,
          current,
          cells: current ? effectiveMilestones(parsed.data.milepæle, round ?? 4) : recordedMilestones(parsed.data.milepæle),
        });
      });
    });
  };
  visit(field(value, 'temaer'), ['temaer'], field(value, 'år'), true);
  list(field(value, 'tidligere_aftaler')).forEach((agreement, k) =>
    visit(field(agreement, 'temaer'), ['tidligere_aftaler', k, 'temaer'], field(agreement, 'år'), false),
  );
  return out;
}
