import { earlierAgreement, header, initiative } from '../helpers/round-yaml.js';

/*
 * A pair of round files with one of every kind of change, by initiative:
 * 1.1 texts and a smiley given in round 2; 1.2 removed; 1.3 a glad smiley
 * carried into round 2; 1.4 the published round-1 smiley changed (history);
 * 1.5 added; 1.6 the economy; 4.01.2 (earlier agreement) seneste_status.
 */

const m = (round: number, fields: Record<string, string>) =>
  `          ${round}:\n` +
  Object.entries(fields)
    .map(([k, v]) => `            ${k}: ${v}\n`)
    .join('');

const economy = (fields: Record<string, string>) =>
  '        økonomi:\n' +
  Object.entries(fields)
    .map(([k, v]) => `          ${k}: ${v}\n`)
    .join('');

function earlier(latest: string): string {
  return earlierAgreement(initiative('4.01.2', m(1, { tekst: 'a', smiley: 'glad' })) + `        seneste_status: ${latest}\n`);
}

export const round1 =
  header(1) +
  initiative('1.1', m(1, { tekst: 'Kommissorium for en ny sundhedspolitik er vedtaget.', smiley: 'glad' }) + m(2, { tekst: 'Dialog med aktørerne.' })) +
  initiative('1.2', m(1, { tekst: 'a', smiley: 'glad' })) +
  initiative('1.3', m(1, { tekst: 'a', smiley: 'glad' })) +
  initiative('1.4', m(1, { tekst: 'a', smiley: 'glad' }) + m(2, { tekst: 'b' })) +
  initiative('1.6', m(1, { tekst: 'a', smiley: 'glad' }), economy({ tekst: 'Der er ikke afsat økonomi.' })) +
  earlier('Der er en proces i gang med boligselskabet.');

export const round2 =
  header(2) +
  initiative(
    '1.1',
    m(1, { tekst: 'Kommissorium for en ny sundhedspolitik er godkendt.', smiley: 'glad' }) +
      m(2, { tekst: 'Dialog med aktørerne.', status: 'Tidsplanen er ændret.', smiley: 'neutral' }),
  ) +
  initiative('1.3', m(1, { tekst: 'a', smiley: 'glad' })) +
  initiative('1.4', m(1, { tekst: 'a', smiley: 'neutral' }) + m(2, { tekst: 'b', smiley: 'glad' })) +
  initiative('1.5', m(1, { tekst: 'a', smiley: 'glad' })).replace('titel: En indsats', 'titel: En ny indsats') +
  initiative(
    '1.6',
    m(1, { tekst: 'a', smiley: 'glad' }),
    economy({ tekst: 'Der er afsat 2 mio. kr.', status: 'Forbrugt som planlagt.', smiley: 'glad' }),
  ) +
  earlier('Processen med boligselskabet er afsluttet.');

/** round2 with 1.3's carried smiley written out (with a status): same smiley, now given. */
export const round2Given = round2.replace(
  "      - id: \"1.3\"\n        titel: En indsats\n        type: Drift\n        beskrivelse: Noget.\n        ansvar:\n          center: Politik og Borgerservice\n          udvalg: Social- og Sundhedsudvalget\n        milepæle:\n" +
    m(1, { tekst: 'a', smiley: 'glad' }),
  "      - id: \"1.3\"\n        titel: En indsats\n        type: Drift\n        beskrivelse: Noget.\n        ansvar:\n          center: Politik og Borgerservice\n          udvalg: Social- og Sundhedsudvalget\n        milepæle:\n" +
    m(1, { tekst: 'a', smiley: 'glad' }) +
    m(2, { status: 'Afsluttet.', smiley: 'glad' }),
);

/** The plain change log from round1 to round2: one line for every kind of change, under each initiative's id and title. */
export const EVERY_KIND_TEXT: readonly string[] = [
  'Ændringer fra data/2019/runde-1.yaml til data/2019/runde-2.yaml',
  '',
  '1.1 En indsats',
  '  milepæl 1. opfølgning: Kommissorium for en ny sundhedspolitik er [-vedtaget.-]{+godkendt.+} (ændret historik)',
  '  2. opfølgning: ingen → neutral',
  '  status 2. opfølgning: {+Tidsplanen er ændret.+}',
  '1.2 En indsats',
  '  fjernet',
  '1.3 En indsats',
  '  2. opfølgning: ingen → glad (videreført)',
  '1.4 En indsats',
  '  1. opfølgning: glad → neutral (ændret historik)',
  '  2. opfølgning: ingen → glad',
  '1.5 En ny indsats',
  '  tilføjet',
  '1.6 En indsats',
  '  2. opfølgning: ingen → glad (videreført)',
  '  økonomi-smiley: ingen → glad',
  '  økonomi: Der er [-ikke-] afsat [-økonomi.-]{+2 mio. kr.+}',
  '  økonomi, status: {+Forbrugt som planlagt.+}',
  '',
  'Tidligere aftale: Aftale om budget 2018',
  '',
  '4.01.2 En indsats',
  '  seneste status: [-Der er en proces i gang-]{+Processen+} med [-boligselskabet.-]{+boligselskabet er afsluttet.+}',
];
