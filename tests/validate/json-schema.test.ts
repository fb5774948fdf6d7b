import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { roundJsonSchema } from '../../src/validate/json-schema.js';

it('schema/runde.schema.json is the zod schema as written by `npm run schema`', () => {
  const committed = readFileSync(new URL('../../schema/runde.schema.json', import.meta.url), 'utf8');
  expect(committed).toBe(roundJsonSchema());
  const parsed = JSON.parse(committed);
  expect(parsed.required).toEqual(expect.arrayContaining(['aftale', 'år', 'runde', 'dato', 'modtager', 'sagsid', 'kontakt', 'temaer']));
  expect(parsed.additionalProperties).toBe(false);
});
