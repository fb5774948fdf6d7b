import type { Path } from '../load/parse-yaml.js';
import { isSubtheme, type Initiative, type RoundFile, type Theme, type ThemeItem } from '../validate/schema.js';
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
  /** The sub-themes it stands in, outermost first (undertema as written); empty directly under a theme. */
  subthemes: string[];
}

export interface AppliedSubtheme {
  /** The undertema as written: its heading. */
  title: string;
  description: string | null;
  path: Path;
  items: AppliedItem[];
  /** Every initiative inside it, at any depth, in report order. */
  initiatives: AppliedInitiative[];
}

export type AppliedItem = { initiative: AppliedInitiative; subtheme?: undefined } | { subtheme: AppliedSubtheme; initiative?: undefined };

export interface AppliedTheme {
  title: string;
  /** Initiatives and sub-themes, in report order. */
  items: AppliedItem[];
  /** Every initiative of the theme, sub-themes included, in report order. */
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

function applyItems(
  items: readonly ThemeItem[],
  base: Path,
  year: number,
  current: boolean,
  round: number,
  trail: string[],
  all: AppliedInitiative[],
): AppliedItem[] {
  return items.map((item, i): AppliedItem => {
    const path = [...base, i];
    if (isSubtheme(item)) {
      const inside: AppliedInitiative[] = [];
      const title = item.undertema;
      const items = applyItems(item.indsatser, [...path, 'indsatser'], year, current, round, [...trail, title], inside);
      all.push(...inside);
      return { subtheme: { title, description: item.beskrivelse || null, path, items, initiatives: inside } };
    }
    const applied: AppliedInitiative = {
      initiative: item as Initiative,
      path,
      agreementYear: year,
      current,
      cells: current ? effectiveMilestones(item.milepæle, round) : recordedMilestones(item.milepæle),
      subthemes: trail,
    };
    all.push(applied);
    return { initiative: applied };
  });
}

function applyThemes(themes: Theme[], base: Path, year: number, current: boolean, round: number): AppliedTheme[] {
  return themes.map((theme, t) => {
    const initiatives: AppliedInitiative[] = [];
    const items = applyItems(theme.indsatser, [...base, t, 'indsatser'], year, current, round, [], initiatives);
    return { title: theme.titel, items, initiatives };
  });
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
