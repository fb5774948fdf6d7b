import { z } from 'zod';
import { roundFileSchema } from './schema.js';

/*
 * The round-file schema as JSON Schema 2020-12, for editors (the modeline on
 * line 1 of a round file). An editor validates what the YAML parser makes of
 * the file, before anything of ours runs: `id: 1.10` is the number 1.1 there,
 * `sagsid: 1` the number 1, `titel: true` a boolean. `check` reads every text
 * key as its source text (load/parse-yaml.ts, TEXT_KEYS), so such a value is
 * a valid text; here a text therefore also accepts a number or a boolean, or
 * the editor would mark lines red that the tool calls valid.
 */

/** A zod text (a string with no format, pattern or fixed values) as JSON Schema. */
function isText(node: Record<string, unknown>): boolean {
  const type = node.type;
  const stringTyped = type === 'string' || (Array.isArray(type) && type.includes('string'));
  return stringTyped && node.format === undefined && node.pattern === undefined && node.enum === undefined && node.const === undefined;
}

function acceptSourceText(node: Record<string, unknown>): void {
  if (!isText(node)) return;
  const types = Array.isArray(node.type) ? (node.type as string[]) : [node.type as string];
  node.type = ['string', 'number', 'boolean', ...types.filter((t) => t !== 'string')];
}

export function roundJsonSchema(): string {
  const schema = z.toJSONSchema(roundFileSchema, {
    target: 'draft-2020-12',
    override: (ctx) => acceptSourceText(ctx.jsonSchema as Record<string, unknown>),
  }) as Record<string, unknown>;
  const out = {
    $schema: schema.$schema,
    title: 'Rundefil for opfølgning på en budgetaftale (data/<år>/runde-<N>.yaml)',
    ...schema,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
