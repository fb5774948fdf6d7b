import type { Path } from '../load/parse-yaml.js';

/*
 * What an item of an `indsatser:` list is meant to be, read from the raw data
 * before (and whatever) the schema says, so that a broken sub-theme is
 * reported as a sub-theme and a broken initiative as an initiative.
 */

export type ItemKind = 'initiative' | 'subtheme' | 'neither';

/** Sub-themes below a theme: a sub-theme and, inside it, a sub-sub-theme. */
export const MAX_SUBTHEME_DEPTH = 2;

const INITIATIVE_ONLY = ['id', 'titel', 'type', 'ansvar', 'milepæle', 'økonomi', 'seneste_status'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const has = (v: Record<string, unknown>, key: string) => Object.prototype.hasOwnProperty.call(v, key);

export function itemKind(raw: unknown): ItemKind {
  if (!isRecord(raw)) return 'neither';
  if (has(raw, 'undertema')) return 'subtheme';
  if (has(raw, 'id')) return 'initiative';
  if (has(raw, 'indsatser')) return 'subtheme';
  if (INITIATIVE_ONLY.some((key) => has(raw, key))) return 'initiative';
  return 'neither';
}

/** How many sub-themes a path to an item lies inside: 0 for an item directly under a theme. */
export function subthemeDepth(itemPath: Path): number {
  return itemPath.filter((s) => s === 'indsatser').length - 1;
}

/**
 * The path of the outermost item on `path` that is a sub-theme deeper than
 * allowed, or null. Everything inside such an item is reported as one problem.
 */
export function tooDeepItem(value: unknown, path: Path): Path | null {
  let v = value;
  for (let i = 0; i < path.length; i++) {
    if (!isRecord(v) && !Array.isArray(v)) return null;
    v = (v as Record<string | number, unknown>)[path[i] as string];
    const itemPath = path.slice(0, i + 1);
    const isItem = typeof path[i] === 'number' && path[i - 1] === 'indsatser';
    if (isItem && itemKind(v) === 'subtheme' && subthemeDepth(itemPath) >= MAX_SUBTHEME_DEPTH) return itemPath;
  }
  return null;
}

export interface RawItem {
  raw: unknown;
  path: Path;
  kind: ItemKind;
}

/**
 * Every item of every theme of `themes` (raw data), depth first in report
 * order, sub-themes included and walked into at any depth (how deep they may
 * go is a problem of its own, not a reason to skip their initiatives).
 */
export function rawItems(themes: unknown, base: Path): RawItem[] {
  const out: RawItem[] = [];
  const visit = (list: unknown, at: Path) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const path = [...at, i];
      const kind = itemKind(raw);
      out.push({ raw, path, kind });
      if (kind === 'subtheme') visit((raw as Record<string, unknown>).indsatser, [...path, 'indsatser']);
    });
  };
  if (Array.isArray(themes)) {
    themes.forEach((theme, t) => visit(isRecord(theme) ? theme.indsatser : undefined, [...base, t, 'indsatser']));
  }
  return out;
}
