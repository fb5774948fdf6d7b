import { z } from 'zod';
import type { LoadedYaml, Path } from '../load/parse-yaml.js';
import { error, type Problem } from '../problems/problem.js';
import { nearestKey } from './suggest.js';
import { meantSmiley, meantValue } from './value-suggestions.js';

type Issue = z.core.$ZodIssue;

/** Turns the schema's issues into Danish problems at the places they were written. */
export function schemaProblems(file: string, schema: z.ZodType, loaded: LoadedYaml, issues: readonly Issue[]): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
    const id = initiativeId(loaded.value, path);
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, path);
      for (const key of issue.keys) {
        const at = loaded.locate([...path, key], 'key');
        problems.push(error(file, at, unknownKeyMessage(key, known, path), id));
      }
      continue;
    }
    const raw = valueAt(loaded.value, path);
    const at = loaded.locate(path, raw === undefined ? 'value' : 'value');
    problems.push(error(file, at, issueMessage(issue, path, raw), id));
  }
  return problems;
}

function unknownKeyMessage(key: string, known: string[], path: Path): string {
  if (path[path.length - 1] === 'milepæle') {
    return `ukendt runde "${key}" under milepæle; runderne er 1, 2, 3 og 4`;
  }
  const suggestion = nearestKey(key, known);
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
      if (issue.origin === 'string') return `"${name}" må ikke være tom`;
      if (issue.origin === 'array') return `"${name}" skal have mindst ${String(issue.minimum)} element`;
      return `"${name}" skal være mindst ${String(issue.minimum)}, men er ${describe(raw)}`;
    case 'too_big':
      return `"${name}" må højst være ${String(issue.maximum)}, men er ${describe(raw)}`;
    case 'invalid_union':
      if (name === 'udvalg') return `"udvalg" skal være et udvalgsnavn eller en liste af navne, men er ${describe(raw)}`;
      return `"${name}" har en ugyldig værdi: ${describe(raw)}`;
    default:
      return `"${name}" er ugyldig`;
  }
}

function smileyMessage(raw: unknown, allowed: string[], economy: boolean): string {
  const list = `tilladte værdier: ${allowed.join(', ')}`;
  const meant = meantSmiley(raw);
  if (economy && typeof raw === 'string' && raw.trim().toLocaleLowerCase('da') === 'neutral') {
    return `smiley "neutral" er ikke tilladt for økonomi; ${list}`;
  }
  const hint = meant !== null && allowed.includes(meant) ? `; mente du "${meant}"?` : '';
  return `ukendt smiley ${typeof raw === 'string' ? `"${raw}"` : describe(raw)}; ${list}${hint}`;
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
  if (typeof raw === 'number') return Number.isInteger(raw) ? `tallet ${raw}` : `tallet ${String(raw).replace('.', ',')}`;
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

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

function keysAt(schema: z.ZodType, path: Path): string[] {
  let s = unwrap(schema);
  for (const segment of path) {
    if (s instanceof z.ZodArray) s = unwrap(s.element as z.ZodType);
    else if (s instanceof z.ZodObject) {
      const next = (s.shape as Record<string, z.ZodType>)[String(segment)];
      if (!next) return [];
      s = unwrap(next);
    } else return [];
  }
  return s instanceof z.ZodObject ? Object.keys(s.shape) : [];
}
