import { roundLabel } from './danish.js';
import type {
  EarlierAgreementView,
  InitiativeView,
  OverviewCountRow,
  OverviewEntry,
  OverviewLine,
  OverviewView,
  SmileyCounts,
  SubthemeView,
  ThemeItemView,
  ThemeView,
} from './types.js';

/*
 * Samlet overblik (not in the published Word reports; politicians read it
 * first): counted from the same initiative views the blocks are drawn from, so
 * the counts cannot disagree with the blocks.
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

/** The sub-themes of `items`, depth first, each with its depth below the theme. */
function subthemesOf(items: readonly ThemeItemView[], depth = 1): { subtheme: SubthemeView; depth: number }[] {
  return items.flatMap((item) =>
    item.subtheme ? [{ subtheme: item.subtheme, depth }, ...subthemesOf(item.subtheme.items, depth + 1)] : [],
  );
}

function entries(items: readonly ThemeItemView[], depth = 1): OverviewEntry[] {
  return items.flatMap((item): OverviewEntry[] => {
    if (item.initiative) return [{ line: line(item.initiative), subheading: null }];
    const sub = item.subtheme!;
    return [{ line: null, subheading: { title: sub.title, anchor: sub.anchor, depth } }, ...entries(sub.items, depth + 1)];
  });
}

function countRow(title: string, anchor: string, initiatives: readonly InitiativeView[], round: number): OverviewCountRow {
  return { title, anchor, counts: countSmileys(initiatives, round) };
}

export function overviewView(round: number, themes: readonly ThemeView[], earlier: readonly EarlierAgreementView[]): OverviewView {
  const rows = themes.map((t) => ({
    ...countRow(t.title, t.anchor, t.initiatives, round),
    subthemes: subthemesOf(t.items).map(({ subtheme: s, depth }) => ({ ...countRow(s.title, s.anchor, s.initiatives, round), depth })),
  }));
  return {
    roundLabel: roundLabel(round),
    rows,
    hasSubthemes: rows.some((r) => r.subthemes.length > 0),
    total: countSmileys(
      themes.flatMap((t) => t.initiatives),
      round,
    ),
    groups: [
      ...themes.map((t) => ({ heading: t.title, anchor: t.anchor, entries: entries(t.items) })),
      ...earlier.flatMap((a) =>
        a.themes.map((t) => ({ heading: `${a.heading}: ${t.title}`, anchor: t.anchor, entries: entries(t.items) })),
      ),
    ],
  };
}
