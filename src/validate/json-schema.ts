import { z } from 'zod';
import { roundFileSchema } from './schema.js';

/** The round-file schema as JSON Schema, for editors (the modeline on line 1 of a round file). */
export function roundJsonSchema(): string {
  const schema = z.toJSONSchema(roundFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const out = {
    $schema: schema.$schema,
    title: 'Rundefil for opfølgning på en budgetaftale (data/<år>/runde-<N>.yaml)',
    ...schema,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
