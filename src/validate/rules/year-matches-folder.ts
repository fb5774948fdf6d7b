import { basename, dirname } from 'node:path';
import { error } from '../../problems/problem.js';
import { valueAt } from '../schema-problems.js';
import type { Rule } from './rule.js';

/**
 * `år` must name the year folder the file lies in: reports are written to
 * <out>/<år>/, so two folders whose files claim the same year would overwrite
 * each other's reports in `render --all`.
 */
export const yearMatchesFolder: Rule = (ctx) => {
  const folder = basename(dirname(ctx.file));
  const year = valueAt(ctx.value, ['år']);
  if (!/^\d{4}$/.test(folder) || typeof year !== 'number' || !Number.isInteger(year) || year === Number(folder)) return [];
  // A year out of range is the schema's problem; this rule speaks of real years only.
  if (year < 1900 || year > 2999) return [];
  return [
    error(
      ctx.file,
      ctx.locate(['år']),
      `år er ${year}, men filen ligger i mappen ${folder}; skriv år: ${folder}, eller flyt filen til mappen ${year}`,
    ),
  ];
};
