import { roundLabel } from './danish.js';
import type { EarlierAgreementView, InitiativeView, OverviewLine, OverviewView, SmileyCounts, ThemeView } from './types.js';

/*
 * Samlet overblik (report.md item 4): counted from the same initiative views
 * the blocks are drawn from, so the counts cannot disagree with the blocks.
 */

export function countSmileys(initiatives: readonly InitiativeView[], round: number): SmileyCounts {
  const counts: SmileyCounts = { glad: 0, neutral: 0, sur: 0, none: 0, total: 0 };
  for (const ini of initiatives) {
    const smiley = ini.milestones[round - 1]?.smiley;
    counts[smiley ? smiley.value : 'none']++;
    counts.total++;
  }
  return counts;
}

function line(ini: InitiativeView): OverviewLine {
  return {
    id: ini.id,
    title: ini.title,
    anchor: ini.anchor,
    milestones: ini.milestones.map((m) => m.smiley),
    economy: ini.economy.smiley,
  };
}

export function overviewView(round: number, themes: readonly ThemeView[], earlier: readonly EarlierAgreementView[]): OverviewView {
  return {
    roundLabel: roundLabel(round),
    rows: themes.map((t) => ({ title: t.title, anchor: t.anchor, counts: countSmileys(t.initiatives, round) })),
    total: countSmileys(
      themes.flatMap((t) => t.initiatives),
      round,
    ),
    groups: [
      ...themes.map((t) => ({ heading: t.title, anchor: t.anchor, lines: t.initiatives.map(line) })),
      ...earlier.flatMap((a) =>
        a.themes.map((t) => ({ heading: `${a.heading}: ${t.title}`, anchor: t.anchor, lines: t.initiatives.map(line) })),
      ),
    ],
  };
}
