import type { Path } from '../load/parse-yaml.js';
import type { Initiative, RoundFile, Theme } from '../validate/schema.js';
import { effectiveMilestones, recordedMilestones, type EffectiveCell } from './effective-smileys.js';

export interface AppliedInitiative {
  initiative: Initiative;
  /** Where it stands in the file, for positions. */
  path: Path;
  /** The år of its agreement (data-aftale). */
  agreementYear: number;
  /** Part of the agreement being followed up (false: tidligere_aftaler). */
  current: boolean;
  cells: EffectiveCell[];
}

export interface AppliedTheme {
  title: string;
  initiatives: AppliedInitiative[];
}

export interface AppliedAgreement {
  agreement: string;
  year: number;
  themes: AppliedTheme[];
}

export interface AppliedRound {
  data: RoundFile;
  themes: AppliedTheme[];
  earlier: AppliedAgreement[];
}

function applyThemes(themes: Theme[], base: Path, year: number, current: boolean, round: number): AppliedTheme[] {
  return themes.map((theme, t) => ({
    title: theme.titel,
    initiatives: theme.indsatser.map((initiative, i) => ({
      initiative,
      path: [...base, t, 'indsatser', i],
      agreementYear: year,
      current,
      cells: current ? effectiveMilestones(initiative.milepæle, round) : recordedMilestones(initiative.milepæle),
    })),
  }));
}

/** The effective smiley of every milestone cell of a valid round file. */
export function applyRules(data: RoundFile): AppliedRound {
  return {
    data,
    themes: applyThemes(data.temaer, ['temaer'], data.år, true, data.runde),
    earlier: (data.tidligere_aftaler ?? []).map((a, k) => ({
      agreement: a.aftale,
      year: a.år,
      themes: applyThemes(a.temaer, ['tidligere_aftaler', k, 'temaer'], a.år, false, data.runde),
    })),
  };
}

export function allInitiatives(round: { themes: AppliedTheme[]; earlier: AppliedAgreement[] }): AppliedInitiative[] {
  return [...round.themes, ...round.earlier.flatMap((a) => a.themes)].flatMap((t) => t.initiatives);
}
