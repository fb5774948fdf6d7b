import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parseDocument } from 'yaml';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { formatProblem } from '../../src/problems/format.js';
import { validateRound } from '../../src/validate/validate-round.js';

/*
 * Issue 16: the editor's schema (schema/runde.schema.json, as an editor's
 * language server reads it: JSON Schema 2020-12 applied to what the YAML
 * parser makes of the file) and `check` (its schema stage: everything but the
 * rules a schema cannot express, which run after it) must give the same
 * verdict on every round file. problemsOf/appliedOf (round-yaml.ts) hold
 * every text the rule tests write to this; schema-agreement.test.ts holds the
 * real data and every fixture builder to it.
 */

let validator: ValidateFunction | undefined;

/** ajv for JSON Schema 2020-12, strict, with the two things an editor adds: markdownDescription and the date format. */
function validate(): ValidateFunction {
  if (validator) return validator;
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addKeyword('markdownDescription'); // VS Code's hover text: an annotation, no assertion
  ajv.addFormat('date', { type: 'string', validate: isFullDate });
  const schema = JSON.parse(readFileSync(new URL('../../schema/runde.schema.json', import.meta.url), 'utf8'));
  return (validator = ajv.compile(schema));
}

/** RFC 3339 full-date (JSON Schema's "date"): a real day of a real month. */
function isFullDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return days !== undefined && d >= 1 && d <= days;
}

export interface Verdicts {
  /** check's schema-stage errors, as printed. */
  check: string[];
  /** ajv's errors: "<instance path> <message>". */
  editor: string[];
}

/**
 * Both verdicts on one round file text, or null when the text is not YAML a
 * schema could look at (a syntax error, over the size limits): `check`
 * refuses that before any schema, and so does an editor.
 */
export function schemaVerdicts(text: string, file = 'data/2019/runde-2.yaml'): Verdicts | null {
  const loaded = parseYaml(file, text);
  // A load problem (a key written twice) is YAML, not schema: the data is kept so the other checks run, but there is nothing to agree on.
  if (loaded.value === undefined || loaded.problems.length > 0) return null;
  let data: unknown;
  try {
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length > 0) return null;
    data = doc.toJS();
  } catch {
    return null; // too many aliases for the standard parser: not readable as data either
  }
  const check = validateRound(file, loaded, []).problems.filter((p) => p.severity === 'fejl').map(formatProblem);
  const v = validate();
  const editor = v(data) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
  return { check, editor };
}

/** What the two disagree about, or null when they agree (or the text is not a schema matter). */
export function schemaDisagreement(text: string, file = 'data/2019/runde-2.yaml'): string | null {
  const v = schemaVerdicts(text, file);
  if (!v || (v.check.length === 0) === (v.editor.length === 0)) return null;
  return v.check.length > 0
    ? `check refuses what the JSON Schema accepts:\n  ${v.check.join('\n  ')}`
    : `check accepts what the JSON Schema refuses:\n  ${v.editor.join('\n  ')}`;
}

export function expectSchemaAgreement(text: string, file = 'data/2019/runde-2.yaml'): void {
  const d = schemaDisagreement(text, file);
  if (d) throw new Error(`the editor's schema and check disagree on ${file}: ${d}`);
}
