import { MAX_INITIATIVES, MAX_SECTIONS } from '../../limits.js';
import type { Path } from '../../load/parse-yaml.js';
import { error, type Problem } from '../../problems/problem.js';
import { valueAt } from '../schema-problems.js';
import { rawItems } from '../theme-items.js';
import type { Rule } from './rule.js';

/**
 * However briefly an initiative or a theme is written, it is a block of the
 * report: a file of tens of thousands, each on one line, makes a report no
 * browser prints in time. Said here, so that `check` refuses what `render`
 * could not make; the first one over the limit is the place.
 */
export const reportSize: Rule = (ctx) => {
  const initiatives: Path[] = [];
  const sections: Path[] = [];
  const agreement = (themes: unknown, base: Path) => {
    if (Array.isArray(themes)) themes.forEach((_, t) => sections.push([...base, t]));
    for (const item of rawItems(themes, base)) (item.kind === 'subtheme' ? sections : initiatives).push(item.path);
  };
  agreement(valueAt(ctx.value, ['temaer']), ['temaer']);
  const earlier = valueAt(ctx.value, ['tidligere_aftaler']);
  if (Array.isArray(earlier)) earlier.forEach((_, i) => agreement(valueAt(ctx.value, ['tidligere_aftaler', i, 'temaer']), ['tidligere_aftaler', i, 'temaer']));
  const problems: Problem[] = [];
  if (initiatives.length > MAX_INITIATIVES) {
    problems.push(
      error(ctx.file, ctx.locate(initiatives[MAX_INITIATIVES]!), `filen har ${initiatives.length} indsatser, men højst ${MAX_INITIATIVES} kan komme med i en rapport; slet indsatserne fra denne linje, eller del aftalen i flere filer`),
    );
  }
  if (sections.length > MAX_SECTIONS) {
    problems.push(
      error(ctx.file, ctx.locate(sections[MAX_SECTIONS]!), `filen har ${sections.length} temaer og undertemaer, men højst ${MAX_SECTIONS} kan komme med i en rapport; slet dem fra denne linje`),
    );
  }
  return problems;
};
