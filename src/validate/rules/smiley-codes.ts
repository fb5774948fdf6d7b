import { MAX_SMILEY_CODES } from '../../limits.js';
import { error } from '../../problems/problem.js';
import { valueAt } from '../schema-problems.js';
import type { Rule } from './rule.js';

const CODE = /:(?:glad|neutral|sur):/g;

/**
 * Each `:glad:` in the reading guide becomes a picture in the report: a
 * reading guide of millions of them makes a report no browser can print.
 * Said here, so that `check` refuses what `render` could not make.
 */
export const smileyCodes: Rule = (ctx) => {
  const guide = valueAt(ctx.value, ['læsevejledning']);
  if (typeof guide !== 'string') return [];
  let count = 0;
  for (CODE.lastIndex = 0; CODE.exec(guide) !== null; ) count++;
  if (count <= MAX_SMILEY_CODES) return [];
  return [
    error(
      ctx.file,
      ctx.locate(['læsevejledning']),
      `læsevejledning har ${count} smiley-koder (:glad:, :neutral:, :sur:); højst ${MAX_SMILEY_CODES}. Skriv smileyerne én gang hver, og forklar dem med tekst`,
    ),
  ];
};
