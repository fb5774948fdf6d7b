import { roundLabel } from '../view-model/danish.js';
import type { Change, FileChange, SmileyState, TextField } from './round-changes.js';
import { wordDiff, type WordRun } from './word-diff.js';

/* The Danish words of the change log, shared by the text and Markdown formats. */

function smileyLabel(s: SmileyState): string {
  if (s.smiley === null) return 'ingen';
  return s.carried ? `${s.smiley} (videreført)` : s.smiley;
}

const FIELD: Record<TextField, string> = {
  titel: 'titel',
  beskrivelse: 'beskrivelse',
  center: 'ansvarligt center',
  udvalg: 'ansvarligt udvalg',
  bidragsyder: 'væsentlig bidragsyder',
  bemærkning: 'bemærkning',
  undertema: 'undertema',
  milepæl: 'milepæl',
  status: 'status',
  rettet: 'rettet',
  økonomi: 'økonomi',
  'økonomi-status': 'økonomi, status',
  seneste_status: 'seneste status',
};

/** "milepæl 2. opfølgning", "økonomi, status", "seneste status". */
function fieldLabel(change: Extract<Change, { kind: 'text' }>): string {
  return change.round === undefined ? FIELD[change.field] : `${FIELD[change.field]} ${roundLabel(change.round)}`;
}

const HISTORY_MARK = 'ændret historik';
const ADDED = 'tilføjet';
const REMOVED = 'fjernet';
const ECONOMY_SMILEY = 'økonomi-smiley';
const WHITESPACE_ONLY = 'kun mellemrum og linjeskift er ændret';
export const NO_CHANGES = 'Ingen ændringer.';
export const WHOLE_REPORT = 'Rapporten';

export function heading(from: string, to: string): string {
  return `Ændringer fra ${from} til ${to}`;
}

/** How a format marks up the parts of a change line. */
export interface ChangeMarks {
  added(label: string): string;
  removed(label: string): string;
  history(label: string): string;
  words(runs: readonly WordRun[]): string;
}

/** One change in words, "2. opfølgning: neutral → glad (ændret historik)", marked up by the format. */
export function describeChange(change: Change, marks: ChangeMarks): string {
  switch (change.kind) {
    case 'added':
      return marks.added(ADDED);
    case 'removed':
      return marks.removed(REMOVED);
    case 'smiley': {
      const line = `${roundLabel(change.round)}: ${smileyLabel(change.from)} → ${smileyLabel(change.to)}`;
      return change.history ? `${line} (${marks.history(HISTORY_MARK)})` : line;
    }
    case 'economy-smiley':
      return `${ECONOMY_SMILEY}: ${smileyLabel(change.from)} → ${smileyLabel(change.to)}`;
    case 'text': {
      const runs = wordDiff(change.from, change.to);
      const changed = runs.some((r) => r.kind !== 'same');
      const line = `${fieldLabel(change)}: ${changed ? marks.words(runs) : WHITESPACE_ONLY}`;
      return change.history ? `${line} (${marks.history(HISTORY_MARK)})` : line;
    }
  }
}

/** A change to the report as a whole, "dato: 2019-08-01 → 2019-10-01". */
export function describeFileChange(change: FileChange): string {
  return `${change.field}: ${change.from ?? 'ingen'} → ${change.to ?? 'ingen'}`;
}
