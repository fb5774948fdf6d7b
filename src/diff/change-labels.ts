import { roundLabel } from '../view-model/danish.js';
import type { Change, SmileyState, TextField } from './round-changes.js';

/* The Danish words of the change log, shared by the text and Markdown formats. */

export { roundLabel };

export function smileyLabel(s: SmileyState): string {
  if (s.smiley === null) return 'ingen';
  return s.carried ? `${s.smiley} (videreført)` : s.smiley;
}

const FIELD: Record<TextField, string> = {
  titel: 'titel',
  milepæl: 'milepæl',
  status: 'status',
  økonomi: 'økonomi',
  'økonomi-status': 'økonomi, status',
  seneste_status: 'seneste status',
};

/** "milepæl 2. opfølgning", "økonomi, status", "seneste status". */
export function fieldLabel(change: Extract<Change, { kind: 'text' }>): string {
  return change.round === undefined ? FIELD[change.field] : `${FIELD[change.field]} ${roundLabel(change.round)}`;
}

export const HISTORY_MARK = 'ændret historik';
export const ADDED = 'tilføjet';
export const REMOVED = 'fjernet';
export const ECONOMY_SMILEY = 'økonomi-smiley';
export const WHITESPACE_ONLY = 'kun mellemrum og linjeskift er ændret';
export const NO_CHANGES = 'Ingen ændringer.';

export function heading(from: string, to: string): string {
  return `Ændringer fra ${from} til ${to}`;
}
