import { error } from '../../problems/problem.js';
import type { Rule } from './rule.js';

export const roundMatchesFileName: Rule = (ctx) => {
  if (ctx.round === null || ctx.fileNameRound === null || ctx.round === ctx.fileNameRound) return [];
  return [
    error(ctx.file, ctx.locate(['runde']), `runde er ${ctx.round}, men filen hedder runde-${ctx.fileNameRound}.yaml`),
  ];
};
