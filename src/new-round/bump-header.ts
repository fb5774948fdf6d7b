import { isMap, isPair, isScalar, parseDocument } from 'yaml';

/*
 * A new round file is the previous one with `runde:` and `dato:` changed and
 * every other byte kept: the two top-level values are replaced in the text at
 * their source ranges, never re-serialised, so comments, key order, quoting
 * and line breaks stay as the economist wrote them.
 */

export interface HeaderValues {
  runde: number;
  dato: string;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function valueRange(text: string, key: string): [number, number] {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (!isMap(doc.contents)) throw new Error('the round file is not a mapping');
  const pair = doc.contents.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
  const value = pair?.value;
  if (!isScalar(value) || !value.range) throw new Error(`the round file has no top-level ${key}`);
  return [value.range[0], value.range[1]];
}

/** The text with the top-level `runde` and `dato` values replaced; nothing else changes. */
export function bumpHeader(text: string, values: HeaderValues): string {
  const edits: Edit[] = [
    { key: 'runde', text: String(values.runde) },
    { key: 'dato', text: values.dato },
  ]
    .map(({ key, text: replacement }) => {
      const [start, end] = valueRange(text, key);
      return { start, end, text: replacement };
    })
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Today as an ISO date (YYYY-MM-DD) in local time. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
