import { error, type Problem } from '../../problems/problem.js';
import type { Rule } from './rule.js';

/** Ids are unique within an agreement; the same id in an earlier agreement is another initiative. */
export const uniqueIds: Rule = (ctx) => {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const item of ctx.initiatives) {
    const key = `${item.current ? 'current' : item.agreementYear}\u0000${item.id}`;
    const at = ctx.locate([...item.path, 'id']);
    const firstLine = seen.get(key);
    if (firstLine === undefined) seen.set(key, at.line);
    else problems.push(error(ctx.file, at, `id "${item.id}" findes allerede i aftalen (linje ${firstLine})`, item.id));
  }
  return problems;
};
