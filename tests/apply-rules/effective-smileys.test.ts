import { describe, expect, it } from 'vitest';
import { assessCell, effectiveMilestones, recordedMilestones } from '../../src/apply-rules/effective-smileys.js';

const t = (tekst: string) => ({ tekst });

describe('assessCell: one row of the rules.md table each', () => {
  it('r > R, no smiley: none', () => {
    expect(assessCell(3, 2, t('x'), 'glad')).toEqual({ round: 3, smiley: null, source: null, issue: null });
  });
  it('r > R, smiley given: future error', () => {
    expect(assessCell(3, 2, { tekst: 'x', smiley: 'glad' }, 'glad').issue).toEqual({ kind: 'future-smiley' });
  });
  it('r ≤ R, given: the given one, angivet', () => {
    expect(assessCell(2, 2, { tekst: 'x', smiley: 'sur' }, 'glad')).toEqual({ round: 2, smiley: 'sur', source: 'angivet', issue: null });
  });
  it('r ≤ R, has tekst, no smiley: missing-smiley error', () => {
    expect(assessCell(2, 2, t('x'), 'glad')).toEqual({ round: 2, smiley: null, source: null, issue: { kind: 'missing-smiley' } });
  });
  it('r ≤ R, empty, previous glad: glad, videreført', () => {
    expect(assessCell(2, 2, undefined, 'glad')).toEqual({ round: 2, smiley: 'glad', source: 'videreført', issue: null });
    expect(assessCell(2, 2, { status: 'Status uden tekst.' }, 'glad').smiley).toBe('glad');
  });
  it.each(['neutral', 'sur'] as const)('r ≤ R, empty, previous %s: follow-up error', (previous) => {
    expect(assessCell(2, 2, null, previous).issue).toEqual({ kind: 'follow-up-missing', previous });
  });
  it('r ≤ R, empty, r = 1 or no previous smiley: none', () => {
    expect(assessCell(1, 2, undefined, null)).toEqual({ round: 1, smiley: null, source: null, issue: null });
    expect(assessCell(3, 3, undefined, null)).toEqual({ round: 3, smiley: null, source: null, issue: null });
  });
  it('override on an empty milestone without status: warning; with status: none', () => {
    expect(assessCell(2, 2, { smiley: 'neutral' }, 'glad').issue).toEqual({ kind: 'unexplained-override', wouldCarry: 'glad' });
    expect(assessCell(2, 2, { smiley: 'neutral', status: 'Forklaring.' }, 'glad').issue).toBeNull();
    expect(assessCell(2, 2, { smiley: 'glad' }, 'glad').issue).toBeNull();
  });
  it('a follow-up of neutral on an empty milestone with a status is what the rule asks for: no warning', () => {
    expect(assessCell(2, 2, { smiley: 'glad', status: 'Gennemført.' }, 'neutral')).toEqual({ round: 2, smiley: 'glad', source: 'angivet', issue: null });
  });

  it('a follow-up smiley that is still not glad, without a status, in the round being written: a warning (issue 12); in an earlier round it is history', () => {
    expect(assessCell(2, 2, { smiley: 'neutral' }, 'neutral').issue).toEqual({ kind: 'follow-up-without-status', previous: 'neutral' });
    expect(assessCell(2, 2, { smiley: 'sur' }, 'neutral').issue).toEqual({ kind: 'follow-up-without-status', previous: 'neutral' });
    expect(assessCell(2, 3, { smiley: 'neutral' }, 'neutral').issue).toBeNull();
  });
  it('a glad follow-up needs no status: the milestone was reached (the published reports print these bare)', () => {
    expect(assessCell(2, 2, { smiley: 'glad' }, 'neutral').issue).toBeNull();
    expect(assessCell(2, 2, { smiley: 'glad' }, 'sur').issue).toBeNull();
  });
});

describe('effectiveMilestones', () => {
  it('carries glad over two empty rounds', () => {
    const cells = effectiveMilestones({ '1': { tekst: 'a', smiley: 'glad' }, '4': { tekst: 'd' } }, 3);
    expect(cells.map((c) => [c.smiley, c.source])).toEqual([
      ['glad', 'angivet'],
      ['glad', 'videreført'],
      ['glad', 'videreført'],
      [null, null],
    ]);
  });
  it('stops carrying after a round without effective smiley', () => {
    const cells = effectiveMilestones({ '2': { tekst: 'b', smiley: 'glad' } }, 4);
    expect(cells.map((c) => c.smiley)).toEqual([null, 'glad', 'glad', 'glad']);
  });
});

describe('recordedMilestones (earlier agreements)', () => {
  it('shows exactly what is recorded, no carrying', () => {
    const cells = recordedMilestones({ '1': { tekst: 'a', smiley: 'glad' } });
    expect(cells.map((c) => [c.smiley, c.source])).toEqual([
      ['glad', 'angivet'],
      [null, null],
      [null, null],
      [null, null],
    ]);
  });
});
