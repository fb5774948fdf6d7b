import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/diff/format-text.js';
import { fileChanges, roundChanges } from '../../src/diff/round-changes.js';
import { appliedOf, header, initiative } from '../helpers/round-yaml.js';

/*
 * Issue 12: the text change log names each initiative by id and title and
 * shows changes to titel, beskrivelse, ansvar and dato; an edited status of a
 * published round is marked as changed history.
 */

const B2 = 'data/2019/runde-2.yaml';
const B3 = 'data/2019/runde-3.yaml';
const milestones =
  '          1:\n            tekst: a\n            smiley: glad\n' + '          2:\n            tekst: b\n            status: Forsinket.\n            smiley: neutral\n';

const two = header(2) + initiative('1.1', milestones);
const three = header(3)
  .replace('dato: 2019-08-01', 'dato: 2019-10-01')
  + initiative('1.1', milestones.replace('status: Forsinket.', 'status: Forsinket til efteråret.') + '          3:\n            tekst: c\n            status: Nået.\n            smiley: glad\n')
    .replace('titel: En indsats', 'titel: En bedre indsats')
    .replace('beskrivelse: Noget.', 'beskrivelse: Noget andet.')
    .replace('udvalg: Social- og Sundhedsudvalget', 'udvalg: Social og Sundhedsudvalget')
    .replace('center: Politik og Borgerservice', 'center: Social og Sundhed');

describe('diff, text format', () => {
  it('ids with titles; titel, beskrivelse, ansvar and dato; an edited published status marked "(ændret historik)"', () => {
    const older = appliedOf(two, B2);
    const newer = appliedOf(three, B3);
    expect(formatText(roundChanges(older, newer), B2, B3, {}, fileChanges(older, newer))).toEqual([
      'Ændringer fra data/2019/runde-2.yaml til data/2019/runde-3.yaml',
      '',
      'Rapporten',
      '  dato: 2019-08-01 → 2019-10-01',
      '',
      '1.1 En bedre indsats',
      '  titel: En {+bedre+} indsats',
      '  beskrivelse: [-Noget.-]{+Noget andet.+}',
      '  ansvarligt center: [-Politik-]{+Social+} og [-Borgerservice-]{+Sundhed+}',
      '  ansvarligt udvalg: [-Social--]{+Social+} og Sundhedsudvalget',
      '  status 2. opfølgning: [-Forsinket.-]{+Forsinket til efteråret.+} (ændret historik)',
      '  3. opfølgning: ingen → glad',
      '  milepæl 3. opfølgning: {+c+}',
      '  status 3. opfølgning: {+Nået.+}',
    ]);
  });
});
