import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { committeesIn, planDocuments } from '../../src/pipeline/documents.js';
import { appliedOf, header, initiative } from '../helpers/round-yaml.js';

const milestone = '          1:\n            tekst: Noget.\n            smiley: glad\n';
const withCommittee = (id: string, udvalg: string) =>
  initiative(id, milestone).replace('udvalg: Social- og Sundhedsudvalget', `udvalg: ${JSON.stringify(udvalg)}`);

const round = appliedOf(
  header(1) +
    withCommittee('1.1', 'Børne- og Skoleudvalget') +
    withCommittee('1.2', 'Børne og Skoleudvalget') +
    withCommittee('1.3', 'børne-  og skoleudvalget') +
    withCommittee('1.4', 'Økonomiudvalget'),
  'data/2019/runde-1.yaml',
);

describe('the documents of a run', () => {
  it('count spellings that differ only in case or spacing as one committee', () => {
    expect(committeesIn(round)).toEqual(['Børne- og Skoleudvalget', 'Børne og Skoleudvalget', 'Økonomiudvalget']);
  });

  it('give two committees with the same slug different files: the later gets -2', () => {
    const plans = planDocuments([round], 'out', { perCommittee: true });
    expect(plans.map((p) => [p.committee, p.basePath])).toEqual([
      [null, join('out', '2019', 'runde-1')],
      ['Børne- og Skoleudvalget', join('out', '2019', 'runde-1-boerne-og-skoleudvalget')],
      ['Børne og Skoleudvalget', join('out', '2019', 'runde-1-boerne-og-skoleudvalget-2')],
      ['Økonomiudvalget', join('out', '2019', 'runde-1-oekonomiudvalget')],
    ]);
  });

  it('give --udvalg the same file as --all: the later of two committees sharing a slug keeps its -2', () => {
    const plans = planDocuments([round], 'out', { committee: 'Børne og Skoleudvalget' });
    expect(plans.map((p) => [p.committee, p.basePath])).toEqual([
      ['Børne og Skoleudvalget', join('out', '2019', 'runde-1-boerne-og-skoleudvalget-2')],
    ]);
  });

  it('find --udvalg by name regardless of case and spacing', () => {
    const plans = planDocuments([round], 'out', { committee: '  økonomiudvalget ' });
    expect(plans.map((p) => [p.committee, p.basePath])).toEqual([['Økonomiudvalget', join('out', '2019', 'runde-1-oekonomiudvalget')]]);
  });

  it('refuse an --udvalg with no initiatives, naming the committees there are', () => {
    expect(() => planDocuments([round], 'out', { committee: 'Kulturudvalget' })).toThrow(
      'udvalget "Kulturudvalget" har ingen indsatser i runde-1.yaml; udvalgene er: Børne- og Skoleudvalget, Børne og Skoleudvalget, Økonomiudvalget',
    );
  });
});
