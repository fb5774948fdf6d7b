import type { MilestoneSmiley } from '../validate/schema.js';

/*
 * The Danish text alternatives of the smileys, in one place: the report's
 * cells, the reading guide and the guide's :glad: shortcodes all use these.
 */

const MILESTONE: Record<MilestoneSmiley, string> = {
  glad: 'Glad smiley: milepælen er nået',
  neutral: 'Neutral smiley: milepælen er ikke fuldt nået, men målet er fortsat realistisk',
  sur: 'Sur smiley: milepælen er ikke nået',
};

const ECONOMY: Record<'glad' | 'sur', string> = {
  glad: 'Glad smiley: budgettet er overholdt',
  sur: 'Sur smiley: budgettet er ikke overholdt',
};

export const CARRIED_SUFFIX = ' (videreført fra forrige opfølgning)';

export function milestoneLabel(smiley: MilestoneSmiley, carried = false): string {
  return MILESTONE[smiley] + (carried ? CARRIED_SUFFIX : '');
}

export function economyLabel(smiley: 'glad' | 'sur'): string {
  return ECONOMY[smiley];
}
