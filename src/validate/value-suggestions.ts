import { nearestKey } from './suggest.js';

/*
 * "Mente du" for a value: what a user most likely meant by a word that is not
 * one of the allowed values — another case (`Glad`), a Danish traffic-light
 * colour (`grøn`), a smiley emoji copied from the Word report (`😊`), or a
 * typo (`neutal`).
 */

const WORDS: Record<string, string> = {
  grøn: 'glad',
  grønt: 'glad',
  groen: 'glad',
  green: 'glad',
  happy: 'glad',
  gul: 'neutral',
  gult: 'neutral',
  yellow: 'neutral',
  orange: 'neutral',
  rød: 'sur',
  rødt: 'sur',
  roed: 'sur',
  red: 'sur',
  sad: 'sur',
};

// The faces as they appear in the seed reports and on keyboards; ☹ is the seeds' sad face.
const FACES: Record<string, string> = {
  '😊': 'glad',
  '☺': 'glad',
  '🙂': 'glad',
  '😀': 'glad',
  '😃': 'glad',
  '😄': 'glad',
  '😁': 'glad',
  '😐': 'neutral',
  '😑': 'neutral',
  '😶': 'neutral',
  '😞': 'sur',
  '☹': 'sur',
  '🙁': 'sur',
  '😟': 'sur',
  '😠': 'sur',
  '😡': 'sur',
  '😢': 'sur',
};

/** The smiley word a user most likely meant, or null; may be a word not allowed here (neutral on økonomi). */
export function meantSmiley(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const word = raw.replace(/[\uFE0E\uFE0F]/g, '').trim();
  if (FACES[word]) return FACES[word];
  const lower = word.toLocaleLowerCase('da');
  if (WORDS[lower]) return WORDS[lower];
  return nearestKey(lower, ['glad', 'neutral', 'sur']);
}

/** The allowed value a user most likely meant (case, then edit distance), or null. */
export function meantValue(raw: unknown, allowed: readonly string[]): string | null {
  if (typeof raw !== 'string' || raw.length > 100) return null;
  const lower = raw.trim().toLocaleLowerCase('da');
  const sameCase = allowed.find((a) => a.toLocaleLowerCase('da') === lower);
  return sameCase ?? nearestKey(raw.trim(), allowed);
}
