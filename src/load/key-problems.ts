import { isMap, isSeq } from 'yaml';
import { INVISIBLE_IN_KEYS } from '../text/invisible.js';

const INVISIBLE = new RegExp(`[${INVISIBLE_IN_KEYS}]`, 'u');

/** U+200B as people look it up. */
function codePoint(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * What is wrong with a key that is written validly as YAML but is none the
 * schema could ever know, said so that the user sees what to write instead:
 * a YAML 1.1 merge key (yaml shows it as a symbol), an invisible character
 * copied along from Word or a web page, a list or section used as a key.
 */
export function keyProblem(key: string, node: unknown): string | null {
  if (isMap(node) || isSeq(node)) return 'en nøgle skal være et ord efterfulgt af kolon, ikke et afsnit eller en liste';
  if (key === '<<') return 'fletning af afsnit med "<<: *navn" understøttes ikke; skriv nøglerne ud i afsnittet';
  const invisible = INVISIBLE.exec(key);
  if (invisible) {
    const visible = key.replace(new RegExp(INVISIBLE.source, 'gu'), '');
    return `nøglen "${visible}" indeholder et usynligt tegn (${codePoint(invisible[0])}); slet nøglen og skriv "${visible}" igen`;
  }
  return null;
}
