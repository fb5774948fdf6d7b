import { effectiveMilestones, recordedMilestones, type EffectiveCell, type MilestoneMap } from '../apply-rules/effective-smileys.js';
import type { Path } from '../load/parse-yaml.js';
import { milestoneSchema, textSchema } from './schema.js';
import { rawItems } from './theme-items.js';

/** What the rules need of an initiative: its id, where it stands, and its cells. */
export interface RuleInitiative {
  id: string;
  /** Where it stands in the file, for positions. */
  path: Path;
  /** The år of its agreement. */
  agreementYear: number;
  /** Part of the agreement being followed up (false: tidligere_aftaler). */
  current: boolean;
  /** Its milestone cells, effective (current) or as recorded (earlier); none when a milestone is itself invalid. */
  cells: EffectiveCell[];
  /** Rounds whose milestone says why this file changed what an earlier file recorded (`rettet`). */
  corrected: number[];
}

function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function field(v: unknown, key: string): unknown {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined;
}

/** Rounds 1-4 of `milepæle` when each of them is valid, other keys passed over (the schema reports them); else null. */
function milestonesOf(raw: unknown): MilestoneMap {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return null;
  const out: NonNullable<MilestoneMap> = {};
  for (const key of ['1', '2', '3', '4'] as const) {
    const parsed = milestoneSchema.nullish().safeParse(field(raw, key));
    if (!parsed.success) return null;
    out[key] = parsed.data ?? null;
  }
  return out;
}

function correctedRounds(raw: unknown): number[] {
  return [1, 2, 3, 4].filter((r) => {
    const note = field(field(raw, String(r)), 'rettet');
    return typeof note === 'string' && note.trim() !== '';
  });
}

/**
 * Every initiative of the raw data that has an id, with its smiley cells,
 * also when some other field of it (or of the file) is invalid: the rules
 * check these too, so a user sees all problems of a file at once. Only a
 * milestone that is itself invalid (the schema says why) leaves its
 * initiative without cells, since its smileys cannot be judged.
 */
export function collectInitiatives(value: unknown, round: number | null): RuleInitiative[] {
  const out: RuleInitiative[] = [];
  const visit = (themes: unknown, base: Path, year: unknown, current: boolean) => {
    for (const { raw, path, kind } of rawItems(themes, base)) {
      if (kind !== 'initiative') continue;
      const id = textSchema.safeParse(field(raw, 'id'));
      if (!id.success) continue;
      // Without a valid `runde` the current agreement's cells cannot be judged; its ids still can.
      const milestones = current && round === null ? null : milestonesOf(field(raw, 'milepæle'));
      out.push({
        id: id.data,
        path,
        agreementYear: typeof year === 'number' ? year : 0,
        current,
        cells: milestones === null ? [] : current ? effectiveMilestones(milestones, round ?? 4) : recordedMilestones(milestones),
        corrected: correctedRounds(field(raw, 'milepæle')),
      });
    }
  };
  visit(field(value, 'temaer'), ['temaer'], field(value, 'år'), true);
  list(field(value, 'tidligere_aftaler')).forEach((agreement, k) =>
    visit(field(agreement, 'temaer'), ['tidligere_aftaler', k, 'temaer'], field(agreement, 'år'), false),
  );
  return out;
}
