import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { header, initiative } from '../helpers/round-yaml.js';
import { REPO } from '../helpers/run-cli.js';

/*
 * The inputs the fuzzer mutates: the real round files (data/2019/runde-*.yaml)
 * when they are there, and always a built valid round file that uses every
 * part of the format (lists of committees, block scalars, quoted strings,
 * comments, an earlier agreement), so each field is mutated at least there.
 */

export interface CorpusFile {
  /** Name for failure reports. */
  name: string;
  round: number;
  text: string;
  /** The valid file of the previous round, for the history check; null for round 1. */
  previous: string | null;
}

const milestones1 =
  '          1:\n' +
  '            tekst: Kommissorium er vedtaget af Kommunalbestyrelsen.\n' +
  '            smiley: glad\n' +
  '          2:\n' +
  '            tekst: "Der har været dialog: workshops med aktører."\n' +
  '          4:\n' +
  "            tekst: 'Ny sundhedspolitik er godkendt.'\n";

const milestones2 =
  '          1:\n' +
  '            tekst: Kommissorium er vedtaget af Kommunalbestyrelsen.\n' +
  '            smiley: glad\n' +
  '          2:\n' +
  '            tekst: "Der har været dialog: workshops med aktører."\n' +
  '            status: |\n' +
  '              Med afsæt i høringssvarene ændres tidsplanen.\n' +
  '\n' +
  '              - første punkt\n' +
  '              - *andet* punkt\n' +
  '            smiley: neutral\n' +
  '          4:\n' +
  "            tekst: 'Ny sundhedspolitik er godkendt.'\n";

const richEconomy =
  '        økonomi:\n' +
  '          tekst: Der er afsat 1,5 mio. kr. # en kommentar\n' +
  '          status: >\n' +
  '            Budgettet er overholdt\n' +
  '            i 2019.\n' +
  '          smiley: glad\n';

function secondInitiative(round: number): string {
  return (
    '      - id: 1.10\n' +
    '        titel: "Anlæg af ny skole"\n' +
    '        type: Anlæg\n' +
    '        beskrivelse: |\n' +
    '          Første afsnit med **fed** tekst og [et link](https://balk.dk).\n' +
    '\n' +
    '          a. punkt a\n' +
    '          b. punkt b\n' +
    '        ansvar:\n' +
    '          center: Center for Ejendomme\n' +
    '          udvalg:\n' +
    '            - Social- og Sundhedsudvalget\n' +
    '            - Erhvervs- og Beskæftigelsesudvalget\n' +
    '          bidragsyder: Social og Sundhed\n' +
    '          bemærkning: Alle fagudvalg involveres.\n' +
    '        milepæle:\n' +
    '          1:\n' +
    '            tekst: Projektering er i gang.\n' +
    '            smiley: glad\n' +
    (round >= 2 ? '          2:\n            status: Videreført uden ny milepæl.\n            smiley: glad\n' : '') +
    '        økonomi:\n' +
    '          tekst: Ingen.\n'
  );
}

const tail =
  'kommune: Ballerup Kommune\n' +
  'læsevejledning: |\n' +
  '  Rapporten viser status for hver indsats.\n' +
  '\n' +
  '  1. første\n' +
  '  2. anden\n' +
  'tidligere_aftaler:\n' +
  '  - aftale: Aftale om budget 2018\n' +
  '    år: 2018\n' +
  '    temaer:\n' +
  '      - titel: "4. Sundhed, Ældre og Voksne med særlige behov"\n' +
  '        indsatser:\n' +
  '          - id: "4.01.2"\n' +
  '            titel: Boliger\n' +
  '            type: Drift\n' +
  '            beskrivelse: Noget om boliger.\n' +
  '            ansvar:\n' +
  '              center: Center for Social\n' +
  '              udvalg: [Social- og Sundhedsudvalget]\n' +
  '            milepæle:\n' +
  '              4: {tekst: Afsluttet., smiley: neutral}\n' +
  '            økonomi:\n' +
  '              tekst: Ingen.\n' +
  '              smiley: sur\n' +
  '            seneste_status: Der er en proces i gang med boligselskabet Domea.\n';

/** A valid round file of round 1 or 2 that touches every field of the schema. */
export function builtRoundFile(round: 1 | 2): string {
  return (
    '# yaml-language-server: $schema=../../schema/runde.schema.json\n' +
    header(round) +
    initiative('1.1', round === 1 ? milestones1 : milestones2, richEconomy) +
    secondInitiative(round) +
    tail
  );
}

/** The built file first, then every real round file found under data/. */
export function loadCorpus(): CorpusFile[] {
  const corpus: CorpusFile[] = [
    { name: 'built runde-2', round: 2, text: builtRoundFile(2), previous: builtRoundFile(1) },
    { name: 'built runde-1', round: 1, text: builtRoundFile(1), previous: null },
  ];
  const dataDir = join(REPO, 'data');
  if (!existsSync(dataDir)) return corpus;
  for (const year of readdirSync(dataDir).filter((d) => /^\d{4}$/.test(d)).sort()) {
    const files = readdirSync(join(dataDir, year));
    for (const f of files.filter((n) => /^runde-[1-4]\.yaml$/.test(n)).sort()) {
      const round = Number(f[6]);
      const prevName = `runde-${round - 1}.yaml`;
      corpus.push({
        name: `data/${year}/${f}`,
        round,
        text: readFileSync(join(dataDir, year, f), 'utf8'),
        previous: files.includes(prevName) ? readFileSync(join(dataDir, year, prevName), 'utf8') : null,
      });
    }
  }
  return corpus;
}
