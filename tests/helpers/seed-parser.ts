/*
 * Reads a seed (tests/fixtures/seeds/*.txt: the published follow-up reports as
 * text extracted from Word, one table row per line, cells separated by tabs,
 * some cells still in <p> tags) into initiatives, independently of the
 * round-file loader, so the tests can hold the rendered reports against the
 * published ones.
 *
 * The seed's smiley glyphs are partly mangled (a neutral and a sad face both
 * appear as ☹), so a milestone smiley is read only as glad / not-glad / none.
 */

export type SeedSmiley = 'glad' | 'not-glad' | null;

export interface SeedMilestone {
  round: number; // 1-3, or 4 for "31.12.<år>"
  /** The cell text: milestone text, then "Status: …" when the cell has one. */
  text: string;
  smiley: SeedSmiley;
}

export interface SeedInitiative {
  /** 2019 for the agreement being followed up; 2018 under "Ekstra opfølgning på Aftale om budget 2018". */
  agreementYear: number;
  id: string;
  title: string;
  type: string;
  /** The description cell(s), paragraphs separated by blank lines. */
  description: string;
  /** The responsibility cell(s): "Ansvarligt center: … Ansvarligt udvalg: … Væsentlig bidragsyder: …". */
  responsibility: string;
  milestones: Record<number, SeedMilestone>;
  economy: { text: string; smiley: SeedSmiley };
  latestStatus: string | null;
  /** Every text block of the initiative, in seed order: title, description, responsibility, milestones, economy, latest status. */
  texts: string[];
}

export interface Seed {
  title: string;
  agreementYear: number;
  initiatives: SeedInitiative[];
}

const GLAD = new Set(['☺', '☺️', '😊']);
const NOT_GLAD = new Set(['☹', '☹️', '😐', '😞']);

/** A cell's text: <p> paragraphs become paragraphs separated by a blank line; other tags are dropped. */
export function cellText(cell: string): string {
  const c = cell.trim();
  if (!c.includes('<')) return c;
  return c
    .replace(/<\/p>\s*<p>/g, '\n\n')
    .replace(/<[^>]+>/g, ' ')
    .split('\n\n')
    .map((p) => p.replace(/[ \t]+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

export function seedSmiley(cell: string): SeedSmiley {
  const s = cellText(cell);
  if (s === '') return null;
  if (GLAD.has(s)) return 'glad';
  if (NOT_GLAD.has(s)) return 'not-glad';
  throw new Error(`unknown smiley in seed: ${JSON.stringify(s)}`);
}

function roundOf(cell: string): number {
  const t = cellText(cell);
  const m = /^([1-3])\. budgetopfølgning/.exec(t);
  if (m) return Number(m[1]);
  if (/^31\.12\./.test(t)) return 4;
  throw new Error(`unknown round in seed: ${JSON.stringify(t)}`);
}

export function parseSeed(text: string): Seed {
  let title = '';
  let mainYear = 0;
  let year = 0;
  const initiatives: SeedInitiative[] = [];
  let cur: SeedInitiative | null = null;
  const desc: string[] = [];
  const resp: string[] = [];

  const finishDescription = () => {
    if (cur && cur.description === '' && desc.length) {
      cur.description = desc.join('\n\n');
      cur.responsibility = resp.join('\n\n');
    }
  };

  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    if (cells.length === 1) {
      const l = line.trim();
      const t = /^(?:Første|Anden|Tredje|Endelig) opfølgning på Aftale om budget (\d{4})/.exec(l);
      if (t && !title) {
        title = l;
        mainYear = year = Number(t[1]);
      }
      const e = /^Ekstra opfølgning på Aftale om budget (\d{4})/.exec(l);
      if (e) year = Number(e[1]);
      finishDescription();
      cur = null;
      continue;
    }
    const first = cellText(cells[0]!);
    if (/^-+$/.test(first)) continue;
    const head = /^(\d+(?:\.\d+)+)\. (.*)$/.exec(first);
    if (head && cellText(cells[2] ?? '') === 'Tid') {
      finishDescription();
      desc.length = 0;
      resp.length = 0;
      cur = {
        agreementYear: year,
        id: head[1]!,
        title: head[2]!.trim(),
        type: cellText(cells[1]!),
        description: '',
        responsibility: '',
        milestones: {},
        economy: { text: '', smiley: null },
        latestStatus: null,
        texts: [],
      };
      initiatives.push(cur);
      continue;
    }
    if (!cur) continue;
    if (first === 'Milepæl') {
      finishDescription();
      const round = roundOf(cells[2]!);
      cur.milestones[round] = { round, text: cellText(cells[1]!), smiley: seedSmiley(cells[3] ?? '') };
    } else if (first === 'Økonomi') {
      cur.economy = { text: cellText(cells[1]!), smiley: seedSmiley(cells[3] ?? '') };
    } else if (first === 'Seneste status') {
      cur.latestStatus = cellText(cells[1]!);
    } else {
      if (first) desc.push(first);
      const r = cellText(cells[1] ?? '');
      if (r) resp.push(r);
    }
  }
  finishDescription();
  for (const i of initiatives) {
    i.texts = [
      i.title,
      i.description,
      i.responsibility,
      ...[1, 2, 3, 4].map((r) => i.milestones[r]?.text ?? ''),
      i.economy.text,
      i.latestStatus ?? '',
    ].filter((t) => t !== '');
  }
  return { title, agreementYear: mainYear, initiatives };
}

/** `2019:1.10`: an initiative's key, unique within a report. */
export const keyOf = (i: { agreementYear: number | string; id: string }) => `${i.agreementYear}:${i.id}`;
