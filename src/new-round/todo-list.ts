import type { AppliedRound } from '../apply-rules/apply-round.js';
import type { Path } from '../load/parse-yaml.js';
import type { MilestoneSmiley } from '../validate/schema.js';
import { printable } from '../problems/format.js';
import { roundLabel } from '../view-model/danish.js';

/*
 * What the economist must fill in for a new round N, read from the previous
 * round's file (whose text the new file starts as): the milestones of round N,
 * and the initiatives with no milestone in round N whose previous smiley is
 * neutral or sur (docs/smiley-regler.md: the previous smiley must be followed up).
 */

export interface TodoItem {
  id: string;
  title: string;
  /** The line to edit in the new file: the milestone's key, or `milepæle:` for a follow-up. */
  line: number;
}

export interface MilestoneTodo extends TodoItem {
  milestone: string;
}

export interface FollowUpTodo extends TodoItem {
  previous: Extract<MilestoneSmiley, 'neutral' | 'sur'>;
}

export interface Todo {
  round: number;
  milestones: MilestoneTodo[];
  followUps: FollowUpTodo[];
}

/** Where a path of the file was written (the new file has the same lines as the previous one). */
type LineOf = (path: Path) => number;

export function todoList(previous: AppliedRound, round: number, lineOf: LineOf): Todo {
  const milestones: MilestoneTodo[] = [];
  const followUps: FollowUpTodo[] = [];
  for (const item of previous.themes.flatMap((t) => t.initiatives)) {
    const { id, titel } = item.initiative;
    const milestone = item.initiative.milepæle?.[String(round) as '1'];
    const line = lineOf([...item.path, 'milepæle', String(round)]);
    if (milestone?.tekst) {
      milestones.push({ id, title: titel, line, milestone: milestone.tekst });
      continue;
    }
    const before = item.cells[round - 2]?.smiley ?? null;
    if (before === 'neutral' || before === 'sur') followUps.push({ id, title: titel, line, previous: before });
  }
  return { round, milestones, followUps };
}

function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/**
 * The to-do list in Danish, one `file:line:` entry per item, so an editor or
 * terminal jumps to the line, with what to write there.
 */
export function formatTodo(todo: Todo, file: string): string[] {
  const r = roundLabel(todo.round);
  const p = roundLabel(todo.round - 1);
  const lines: string[] = [];
  if (todo.milestones.length === 0 && todo.followUps.length === 0) {
    return [`Ingen milepæle i ${r} og ingen neutrale eller sure smileys at følge op på.`];
  }
  if (todo.milestones.length > 0) {
    lines.push(`Milepæle i ${r}, der skal have smiley: og status: under ${todo.round}: (${todo.milestones.length}):`);
    for (const m of todo.milestones) lines.push(printable(`${file}:${m.line}: ${m.id} ${m.title}: ${oneLine(m.milestone)}`));
  }
  if (todo.followUps.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(
      `Indsatser uden milepæl i ${r}, hvor smileyen fra ${p} skal følges op: tilføj ${todo.round}: under milepæle: med smiley: og status: (${todo.followUps.length}):`,
    );
    for (const f of todo.followUps) lines.push(printable(`${file}:${f.line}: ${f.id} ${f.title} (${f.previous} i ${p})`));
  }
  return lines;
}
