import * as z from 'zod';
import type { LoadedYaml, Path } from '../load/parse-yaml.js';
import { MAX_PROBLEMS_PER_FILE } from '../limits.js';
import { error, type Problem } from '../problems/problem.js';
import { SUBTHEME_KEYS } from './schema.js';
import { nearestKey } from './suggest.js';
import { meantSmiley, meantValue } from './value-suggestions.js';
import { itemKind, MAX_SUBTHEME_DEPTH, subthemeDepth, tooDeepItem, type ItemKind } from './theme-items.js';

type Issue = z.core.$ZodIssue;

/** Turns the schema's issues into Danish problems at the places they were written. */
export function schemaProblems(file: string, schema: z.ZodType, loaded: LoadedYaml, issues: readonly Issue[]): Problem[] {
  const problems: Problem[] = [];
  // Items reported as a whole (a sub-theme too deep, an item that is neither
  // shape): one problem each, not one per key the schema missed in them.
  const wholeItems = new Set<string>();
  const whole = (itemPath: Path, message: () => string, at: Path, part: 'key' | 'value') => {
    const key = JSON.stringify(itemPath);
    if (wholeItems.has(key)) return;
    wholeItems.add(key);
    problems.push(error(file, loaded.locate(at, part), message()));
  };

  const visit = (list: readonly Issue[], base: Path) => {
    for (const issue of withoutInternalBounds(list)) {
      const path = [...base, ...issue.path.filter((s): s is string | number => typeof s !== 'symbol')];
      const deep = tooDeepItem(loaded.value, path);
      if (deep) {
        whole(deep, () => tooDeepMessage(valueAt(loaded.value, deep)), [...deep, 'undertema'], 'key');
        continue;
      }
      const neither = neitherItem(loaded.value, path);
      if (neither) {
        whole(neither, () => neitherMessage(subthemeDepth(neither)), neither, 'value');
        continue;
      }
      if (issue.code === 'invalid_union' && isItemPath(path)) {
        // An initiative or a sub-theme: report the problems of the shape its keys say it is meant to have.
        const branch = schemaAt(schema, path, loaded.value);
        const parsed = branch instanceof z.ZodObject ? branch.safeParse(valueAt(loaded.value, path)) : null;
        if (parsed && !parsed.success) {
          visit(parsed.error.issues, path);
          continue;
        }
      }
      const id = initiativeId(loaded.value, path);
      if (issue.code === 'unrecognized_keys') {
        const known = keysAt(schema, path, loaded.value);
        // Each with its suggestion up to the number printed per file; the rest of
        // a section of thousands (a pasted list) as one problem, so its cost stays linear.
        for (const key of issue.keys.slice(0, MAX_PROBLEMS_PER_FILE)) {
          const at = loaded.locate([...path, key], 'key');
          problems.push(error(file, at, unknownKeyMessage(key, known, path), id));
        }
        const rest = issue.keys.length - MAX_PROBLEMS_PER_FILE;
        if (rest > 0) {
          const at = loaded.locate([...path, issue.keys[MAX_PROBLEMS_PER_FILE]!], 'key');
          problems.push(error(file, at, `og ${rest} ukendte nøgler mere i samme afsnit fra denne linje; tilladte nøgler her: ${known.join(', ')}`, id));
        }
        continue;
      }
      const raw = valueAt(loaded.value, path);
      if (titleForUndertema(path, loaded.value)) continue; // its "titel" is reported as the place to write it
      const subtheme = subthemeMessage(issue, path, loaded.value, raw);
      const at = loaded.locate(path, subtheme && raw !== undefined ? 'key' : 'value');
      problems.push(error(file, at, subtheme ?? issueMessage(issue, path, raw), id));
    }
  };
  visit(issues, []);
  return problems;
}

function isItemPath(path: Path): boolean {
  return typeof path[path.length - 1] === 'number' && path[path.length - 2] === 'indsatser';
}

/** The outermost item on `path` that is neither an initiative nor a sub-theme. */
function neitherItem(value: unknown, path: Path): Path | null {
  for (let i = 1; i < path.length; i++) {
    if (typeof path[i] !== 'number' || path[i - 1] !== 'indsatser') continue;
    const itemPath = path.slice(0, i + 1);
    if (itemKind(valueAt(value, itemPath)) === 'neither') return itemPath;
  }
  return null;
}

function subthemeName(raw: unknown): string {
  const name = valueAt(raw, ['undertema']);
  return typeof name === 'string' && name.length > 0 ? `undertemaet "${name}"` : 'undertemaet';
}

function tooDeepMessage(raw: unknown): string {
  return (
    `${subthemeName(raw)} ligger for dybt: under et tema kan der højst være to niveauer af undertemaer ` +
    '(tema > undertema > undertema > indsatser); skriv dets indsatser direkte i undertemaet over det'
  );
}

function neitherMessage(depth: number): string {
  if (depth >= MAX_SUBTHEME_DEPTH) {
    return 'dette punkt under "indsatser" er ikke en indsats: skriv "id:" og resten af indsatsens nøgler (her, i et undertema under et undertema, kan der kun stå indsatser)';
  }
  return (
    'dette punkt under "indsatser" er hverken en indsats eller et undertema: skriv "id:" og resten af indsatsens nøgler ' +
    'for en indsats, eller "undertema:" med overskriften og "indsatser:" for et undertema'
  );
}

/** Messages for a sub-theme's own keys, which say what to write there; null for any other issue. */
function subthemeMessage(issue: Issue, path: Path, value: unknown, raw: unknown): string | null {
  const key = path[path.length - 1];
  const item = path.slice(0, -1);
  if (!isItemPath(item) || itemKind(valueAt(value, item)) !== 'subtheme') return null;
  const owner = valueAt(value, item);
  if (key === 'indsatser' && (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0))) {
    return (
      `${subthemeName(owner)} har ingen indsatser; skriv dets indsatser under "indsatser:" ` +
      '(mindst én, hver begyndende med "- id:"), eller fjern undertemaet'
    );
  }
  if (key === 'undertema' && (raw === undefined || raw === null || raw === '')) {
    return 'et undertema skal have sin overskrift, som den står i rapporten: skriv fx undertema: "3.2. Et stærkt dagtilbudsområde"';
  }
  return null;
}

/** A sub-theme's missing undertema, when the sub-theme has a `titel` where its undertema should be. */
function titleForUndertema(path: Path, value: unknown): boolean {
  const item = path.slice(0, -1);
  if (path[path.length - 1] !== 'undertema' || !isItemPath(item) || itemKind(valueAt(value, item)) !== 'subtheme') return false;
  return valueAt(value, path) === undefined && valueAt(value, [...item, 'titel']) !== undefined;
}

function unionBranch(union: z.ZodType | null, kind: ItemKind): z.ZodType | null {
  if (!(union instanceof z.ZodUnion) || kind === 'neither') return null;
  const options = union.options as readonly z.ZodType[];
  return options.find((o) => o instanceof z.ZodObject && ('undertema' in o.shape) === (kind === 'subtheme')) ?? null;
}

function unknownKeyMessage(key: string, known: string[], path: Path): string {
  if (path[path.length - 1] === 'milepæle') {
    return `ukendt runde "${key}" under milepæle; runderne er 1, 2, 3 og 4`;
  }
  const suggestion = nearestKey(key, known);
  if (isSubthemeKeys(known)) {
    const where = `ukendt nøgle "${key}" i et undertema`;
    if (key === 'titel') return `${where}; skriv undertemaets overskrift som "undertema:"`;
    if (suggestion) return `${where}; mente du "${suggestion}"?`;
    return `${where}; et undertema har kun nøglerne undertema, beskrivelse og indsatser`;
  }
  if (suggestion) return `ukendt nøgle "${key}"; mente du "${suggestion}"?`;
  return `ukendt nøgle "${key}"; tilladte nøgler her: ${known.join(', ')}`;
}

function issueMessage(issue: Issue, path: Path, raw: unknown): string {
  const name = keyName(path);
  switch (issue.code) {
    case 'invalid_type':
      if (raw === undefined) return `mangler "${name}"`;
      if (raw === null) return `"${name}" mangler en værdi`;
      return `"${name}" skal være ${expected(issue.expected, name)}, men er ${describe(raw)}`;
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (name === 'smiley') return smileyMessage(raw, allowed, path[path.length - 2] === 'økonomi');
      if (name === 'runde') return `runde skal være 1, 2, 3 eller 4, men er ${describe(raw)}`;
      const meant = meantValue(raw, allowed);
      const hint = meant === null ? '' : `; mente du "${meant}"?`;
      return `ugyldig værdi ${describe(raw)} for "${name}"; tilladte værdier: ${allowed.join(', ')}${hint}`;
    }
    case 'invalid_format':
      if (issue.format === 'date') return `"${name}" skal være en gyldig dato på formen ÅÅÅÅ-MM-DD, fx 2019-08-01`;
      return `"${name}" har et ugyldigt format`;
    case 'too_small':
      if (name === 'år') return YEAR_RANGE(raw);
      if (Number(issue.minimum) <= -Number.MAX_SAFE_INTEGER) return `"${name}" er et for lille tal: ${describe(raw)}`;
      if (issue.origin === 'string') return `"${name}" må ikke være tom`;
      if (issue.origin === 'array') return `"${name}" skal have mindst ${String(issue.minimum)} element`;
      return `"${name}" skal være mindst ${String(issue.minimum)}, men er ${describe(raw)}`;
    case 'too_big':
      if (name === 'år') return YEAR_RANGE(raw);
      if (Number(issue.maximum) >= Number.MAX_SAFE_INTEGER) return `"${name}" er et for stort tal: ${describe(raw)}`;
      return `"${name}" må højst være ${String(issue.maximum)}, men er ${describe(raw)}`;
    case 'invalid_union':
      if (name === 'udvalg') return `"udvalg" skal være et udvalgsnavn eller en liste af navne, men er ${describe(raw)}`;
      return `"${name}" har en ugyldig værdi: ${describe(raw)}`;
    default:
      return `"${name}" er ugyldig`;
  }
}

function smileyMessage(raw: unknown, allowed: string[], economy: boolean): string {
  if (typeof raw !== 'string') {
    return `"smiley" skal være ét af ordene ${allowed.join(', ')} skrevet efter kolon (fx smiley: ${allowed[0]}), men er ${describe(raw)}`;
  }
  const list = `tilladte værdier: ${allowed.join(', ')}`;
  const meant = meantSmiley(raw);
  if (economy && typeof raw === 'string' && raw.trim().toLocaleLowerCase('da') === 'neutral') {
    return `smiley "neutral" er ikke tilladt for økonomi; ${list}`;
  }
  const hint = meant !== null && allowed.includes(meant) ? `; mente du "${meant}"?` : '';
  return `ukendt smiley ${typeof raw === 'string' ? `"${raw}"` : describe(raw)}; ${list}${hint}`;
}

const YEAR_RANGE = (raw: unknown) => `"år" skal være et årstal mellem 1900 og 2999 (fx år: 2019), men er ${describe(raw)}`;

/**
 * zod checks an integer against ±Number.MAX_SAFE_INTEGER before our own bounds:
 * that bound (9007199254740991) means nothing to a user, so its issue is
 * dropped where another issue says the same about the value, else said plainly.
 */
function withoutInternalBounds(issues: readonly Issue[]): Issue[] {
  const isInternal = (i: Issue) =>
    (i.code === 'too_big' && Number(i.maximum) >= Number.MAX_SAFE_INTEGER) ||
    (i.code === 'too_small' && Number(i.minimum) <= -Number.MAX_SAFE_INTEGER);
  const at = (i: Issue) => i.path.map(String).join('\u0000');
  const others = new Set(issues.filter((i) => !isInternal(i)).map(at));
  return issues.filter((i) => !isInternal(i) || !others.has(at(i)));
}

function expected(type: string, name: string): string {
  if (name === 'år') return 'et årstal';
  switch (type) {
    case 'string':
      return 'tekst';
    case 'int':
    case 'number':
      return 'et heltal';
    case 'object':
      return 'et afsnit med nøgler';
    case 'array':
      return 'en liste (linjer der begynder med "- ")';
    default:
      return type;
  }
}

function describe(raw: unknown): string {
  if (raw === null || raw === undefined) return 'tom';
  if (Array.isArray(raw)) return 'en liste';
  if (typeof raw === 'object') return 'et afsnit med nøgler';
  if (typeof raw === 'string') return raw.length > 40 ? `tekst ("${raw.slice(0, 37)}...")` : `"${raw}"`;
  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw) && Math.abs(raw) >= Number.MAX_SAFE_INTEGER) return 'et meget stort tal';
    return Number.isInteger(raw) ? `tallet ${raw}` : `tallet ${String(raw).replace('.', ',')}`;
  }
  if (typeof raw === 'boolean') return raw ? 'true' : 'false';
  return String(raw);
}

function keyName(path: Path): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return 'filen';
}

export function valueAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const segment of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.prototype.hasOwnProperty.call(v, segment) ? (v as Record<string | number, unknown>)[segment] : undefined;
  }
  return v;
}

/** The id of the initiative a path lies in, so its problems name it as rules' problems do. */
function initiativeId(value: unknown, path: Path): string | undefined {
  const i = path.lastIndexOf('indsatser');
  if (i < 0 || typeof path[i + 1] !== 'number') return undefined;
  const id = valueAt(value, [...path.slice(0, i + 2), 'id']);
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

function isSubthemeKeys(known: readonly string[]): boolean {
  return known.length === SUBTHEME_KEYS.length && SUBTHEME_KEYS.every((k) => known.includes(k));
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

/** The schema a path leads to; at an item of `indsatser`, the shape its keys say it is. */
function schemaAt(schema: z.ZodType, path: Path, value: unknown): z.ZodType | null {
  let s = unwrap(schema);
  for (let i = 0; i <= path.length; i++) {
    if (s instanceof z.ZodUnion) {
      const branch = unionBranch(s, itemKind(valueAt(value, path.slice(0, i))));
      if (!branch) return i === path.length ? s : null;
      s = unwrap(branch);
    }
    if (i === path.length) break;
    const segment = path[i];
    if (s instanceof z.ZodArray) s = unwrap(s.element as z.ZodType);
    else if (s instanceof z.ZodObject) {
      const next = (s.shape as Record<string, z.ZodType>)[String(segment)];
      if (!next) return null;
      s = unwrap(next);
    } else return null;
  }
  return s;
}

function keysAt(schema: z.ZodType, path: Path, value: unknown): string[] {
  const s = schemaAt(schema, path, value);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}
