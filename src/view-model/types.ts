import type { MilestoneSmiley } from '../validate/schema.js';

/*
 * What the HTML template receives: every string already formatted in Danish,
 * every text already turned into safe HTML (the fields named `...Html`). The
 * template decides layout only; it never formats, escapes by hand or computes.
 */

export type Source = 'angivet' | 'videreført';

export interface SmileyView {
  value: MilestoneSmiley;
  /** Danish text alternative, e.g. "Glad smiley: milepælen er nået". */
  label: string;
  /** Carried forward by the rule (videreført): drawn with a discreet mark. */
  carried: boolean;
}

export interface MilestoneView {
  round: number; // 1-4
  /** "1. budgetopfølgning 2019" for rounds 1-3, "31.12.2019" for round 4. */
  timeLabel: string;
  textHtml: string | null;
  statusHtml: string | null;
  /** The file's `rettet`: why this round's file changed what an earlier report recorded here. */
  correctionHtml: string | null;
  smiley: SmileyView | null;
  /** data-kilde; null when the cell has no smiley. */
  source: Source | null;
}

export interface EconomyView {
  textHtml: string;
  statusHtml: string | null;
  smiley: SmileyView | null;
}

export interface ResponsibilityView {
  center: string;
  /** Committees joined for display ("A og B"). */
  committees: string;
  contributor: string | null;
  remarkHtml: string | null;
}

export interface InitiativeView {
  id: string;
  /** data-aftale: the år of the initiative's agreement. */
  agreementYear: number;
  /** Unique HTML id, for links from the overview and PDF bookmarks. */
  anchor: string;
  title: string;
  type: 'Drift' | 'Anlæg';
  descriptionHtml: string;
  responsibility: ResponsibilityView;
  milestones: MilestoneView[]; // always rounds 1-4, in order
  economy: EconomyView;
  latestStatusHtml: string | null;
}

/** An item of a theme or sub-theme, with the level of its heading (h3 for an initiative directly under a theme). */
export interface ThemeItemView {
  level: number;
  initiative: InitiativeView | null;
  subtheme: SubthemeView | null;
}

export interface SubthemeView {
  /** The undertema as written: heading and data-undertema. */
  title: string;
  anchor: string;
  descriptionHtml: string | null;
  items: ThemeItemView[];
  /** Every initiative inside it, at any depth, in report order. */
  initiatives: InitiativeView[];
}

export interface ThemeView {
  title: string;
  anchor: string;
  /** Initiatives and sub-themes, in report order. */
  items: ThemeItemView[];
  /** Every initiative of the theme, sub-themes included, in report order. */
  initiatives: InitiativeView[];
}

export interface EarlierAgreementView {
  /** "Ekstra opfølgning på Aftale om budget 2018" */
  heading: string;
  anchor: string;
  year: number;
  themes: ThemeView[];
}

export interface GuideView {
  /** The file's own læsevejledning, as HTML; replaces the built-in text. */
  customHtml: string | null;
  /** The agreement's year, for the built-in text ("31. december 2019"). */
  year: number;
  /** Smiley definitions shown with the built-in text. */
  milestoneDefinitions: { smiley: SmileyView; text: string }[];
  economyDefinitions: { smiley: SmileyView; text: string }[];
  /** The carried-forward mark, explained. */
  carriedExample: SmileyView;
}

export interface LetterheadView {
  date: string; // "1. august 2019"
  phone: string;
  email: string;
  contact: string;
  caseId: string;
}

export interface SmileyCounts {
  glad: number;
  neutral: number;
  sur: number;
  none: number;
  total: number;
}

export interface OverviewLine {
  id: string;
  title: string;
  anchor: string;
  /** Effective smileys of rounds 1-4, carried ones marked. */
  milestones: (SmileyView | null)[];
  economy: SmileyView | null;
}

export interface OverviewCountRow {
  title: string;
  anchor: string;
  counts: SmileyCounts;
}

/** A line of the overview's list: an initiative, or the heading of a sub-theme (depth 1 or 2) above its initiatives. */
export interface OverviewEntry {
  line: OverviewLine | null;
  subheading: { title: string; anchor: string; depth: number } | null;
}

export interface OverviewView {
  /** "2. opfølgning" */
  roundLabel: string;
  /** Counts for the report's round, one row per theme of the current agreement, each with its sub-themes' rows. */
  rows: (OverviewCountRow & { subthemes: (OverviewCountRow & { depth: number })[] })[];
  /** Some theme has sub-themes (the introduction says they are counted too). */
  hasSubthemes: boolean;
  total: SmileyCounts;
  /** One line per initiative, grouped as in the report by theme and sub-theme (earlier agreements last). */
  groups: { heading: string; anchor: string; entries: OverviewEntry[] }[];
}

export interface ReportView {
  lang: 'da';
  /** "Anden opfølgning på Aftale om budget 2019 for Ballerup Kommune" */
  title: string;
  /** The municipality (modtager of the file): PDF author. */
  author: string;
  /** The agreement, e.g. "Aftale om budget 2019": PDF subject. */
  subject: string;
  /** ISO date of the round file (dato): PDF creation and modification date. */
  isoDate: string;
  year: number;
  round: number;
  /** The committee filter, when the report is for one committee. */
  committee: string | null;
  letterhead: LetterheadView;
  guide: GuideView;
  overview: OverviewView;
  themes: ThemeView[];
  earlierAgreements: EarlierAgreementView[];
}
