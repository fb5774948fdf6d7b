import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXT_KEYS } from '../../src/load/parse-yaml.js';
import { validateText } from '../../src/pipeline/check-round.js';
import { formatProblem } from '../../src/problems/format.js';
import { committeeNameProblems } from '../../src/validate/committee-names.js';
import { historyProblems } from '../../src/validate/history.js';
import { datePrecedesProblems } from '../../src/validate/round-date.js';
import { RULES } from '../../src/validate/validate-round.js';
import { round1, round2, round2Given } from '../diff/fixtures.js';
import { builtRoundFile } from '../fuzz/corpus.js';
import { bigRound } from '../hardening/big-round.js';
import { agreement2023 } from '../helpers/agreement-2023.js';
import { REPO } from '../helpers/run-cli.js';
import { schemaVerdicts } from '../helpers/schema-agreement.js';
import { fixtureRound } from '../print-pdf/round-fixture.js';

/*
 * Issue 16: the editor's JSON Schema and `check` agree on every round file the
 * tests have. The rule tests' texts are held to it through problemsOf and
 * appliedOf (tests/helpers/round-yaml.ts); here the real data, every fixture
 * builder, the file of the issue and files refused for each schema reason.
 */

/** The rules a JSON Schema cannot express; check runs them after its schema stage, and they are not compared. */
const EXEMPT_RULES = [
  'roundMatchesFileName', // runde vs the file name
  'yearMatchesFolder', // år vs the year folder
  'smileyCodes', // at most so many :glad: codes in the reading guide
  'reportSize', // at most so many initiatives, themes and sub-themes
  'uniqueIds', // an id twice in one agreement
  'futureSmiley', // the smiley rules (docs/smiley-regler.md) ...
  'missingSmiley',
  'followUpPrevious',
  'followUpWithoutStatus',
  'unexplainedOverride',
];
/** Checks that need the previous round's file; check runs them beside the file's own. */
const EXEMPT_CROSS_FILE = [historyProblems, committeeNameProblems, datePrecedesProblems].map((f) => f.name);

it('the exempt rules are exactly the rules check runs after its schema', () => {
  expect(RULES.map((r) => r.name)).toEqual(EXEMPT_RULES);
  expect(EXEMPT_CROSS_FILE).toEqual(['historyProblems', 'committeeNameProblems', 'datePrecedesProblems']);
});

/** Issue 16's file: unquoted ids, sagsid: 1, telefon as digits, a sub-theme, a rettet note. */
const ISSUE_FILE = `# yaml-language-server: $schema=../../schema/runde.schema.json
aftale: Aftale om budget 2023
år: 2023
runde: 2
dato: 2023-08-15
modtager: Ballerup Kommune
sagsid: 1
kontakt:
  navn: Kathrine Dahl Marcussen
  telefon: 24981032
  email: okonomi@balk.dk
titel: Anden opfølgning på Aftale om budget 2023
temaer:
  - titel: "3. Sammenhængende udviklingsforløb 0-25 år"
    indsatser:
      - id: 3.1
        titel: Ny Børne- og Ungepolitik
        type: Drift
        beskrivelse: Politikken skrives sammen med børn og unge.
        ansvar:
          center: Børne- og Ungerådgivning
          udvalg: Børne- og Skoleudvalget
        milepæle:
          1:
            tekst: Proces er godkendt.
            smiley: neutral
            rettet: Smileyen er ændret fra glad til neutral, fordi processen først blev godkendt i april.
          2:
            tekst: Udkast er i høring.
            smiley: glad
        økonomi:
          tekst: Der er ikke afsat økonomi.
      - undertema: "3.2. Et stærkt dagtilbudsområde"
        beskrivelse: Dagtilbuddene styrkes.
        indsatser:
          - id: 3.2.1
            titel: Flere pædagoger
            type: Drift
            beskrivelse: Der ansættes flere pædagoger.
            ansvar:
              center: Dagtilbud
              udvalg:
                - Børne- og Skoleudvalget
                - Økonomiudvalget
            milepæle:
              1:
                tekst: Stillingerne er slået op.
                smiley: glad
            økonomi:
              tekst: 4 mio. kr. årligt.
              smiley: glad
          - id: 3.10
            titel: Legepladser
            type: Anlæg
            beskrivelse: Legepladserne renoveres.
            ansvar:
              center: Ejendomme
              udvalg: Børne- og Skoleudvalget
            milepæle:
              2:
                tekst: Plan er vedtaget.
                smiley: glad
            økonomi:
              tekst: 1 mio. kr.
`;

function realRoundFiles(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const year of readdirSync(join(REPO, 'data')).filter((d) => /^\d{4}$/.test(d))) {
    for (const f of readdirSync(join(REPO, 'data', year)).filter((n) => /^runde-\d\.yaml$/.test(n))) {
      out.push({ name: `data/${year}/${f}`, text: readFileSync(join(REPO, 'data', year, f), 'utf8') });
    }
  }
  return out;
}

/** Every valid round file the tests build, by name; file names carry the round, for the exempt file-name rule. */
const VALID: { name: string; file: string; text: string }[] = [
  ...realRoundFiles().map((r) => ({ name: r.name, file: r.name, text: r.text })),
  { name: 'issue 16', file: 'data/2023/runde-2.yaml', text: ISSUE_FILE },
  { name: 'print-pdf fixtureRound', file: 'data/2019/runde-1.yaml', text: fixtureRound() },
  { name: 'fuzz builtRoundFile(1)', file: 'data/2019/runde-1.yaml', text: builtRoundFile(1) },
  { name: 'fuzz builtRoundFile(2)', file: 'data/2019/runde-2.yaml', text: builtRoundFile(2) },
  { name: 'agreement2023 round 1', file: 'data/2023/runde-1.yaml', text: agreement2023({ round: 1 }) },
  { name: 'agreement2023 round 2, rettet', file: 'data/2023/runde-2.yaml', text: agreement2023({ round: 2, rettet: 'Tidsplanen er skredet.' }) },
  { name: 'agreement2023 round 2, titel', file: 'data/2023/runde-2.yaml', text: agreement2023({ round: 2, top: 'titel: Anden opfølgning\n' }) },
  { name: 'diff round1', file: 'data/2019/runde-1.yaml', text: round1 },
  { name: 'diff round2', file: 'data/2019/runde-2.yaml', text: round2 },
  { name: 'diff round2Given', file: 'data/2019/runde-2.yaml', text: round2Given },
  { name: 'hardening bigRound', file: 'data/2019/runde-2.yaml', text: bigRound(2, 12) },
];

/** The issue's file broken for one schema reason each: both must refuse it. */
const REFUSED: { name: string; edit: (t: string) => string }[] = [
  { name: 'an unknown key', edit: (t) => t.replace('modtager:', 'modtagere:') },
  { name: 'a required key missing', edit: (t) => t.replace(/^aftale: .*\n/m, '') },
  { name: 'a required text empty', edit: (t) => t.replace('navn: Kathrine Dahl Marcussen', 'navn: ""') },
  { name: 'a required text without a value', edit: (t) => t.replace('email: okonomi@balk.dk', 'email:') },
  { name: 'a text that is a list', edit: (t) => t.replace('center: Ejendomme', 'center: [Ejendomme]') },
  { name: 'år as text', edit: (t) => t.replace('år: 2023', 'år: "2023"') },
  { name: 'år not a whole number', edit: (t) => t.replace('år: 2023', 'år: 2023.5') },
  { name: 'runde 5', edit: (t) => t.replace('runde: 2', 'runde: 5') },
  { name: 'a date that does not exist', edit: (t) => t.replace('dato: 2023-08-15', 'dato: 2023-02-29') },
  { name: 'a date in another form', edit: (t) => t.replace('dato: 2023-08-15', 'dato: 15.08.2023') },
  { name: 'an unknown smiley', edit: (t) => t.replace('smiley: neutral', 'smiley: Glad') },
  { name: 'neutral on økonomi', edit: (t) => t.replace('4 mio. kr. årligt.\n              smiley: glad', '4 mio. kr. årligt.\n              smiley: neutral') },
  { name: 'type not Drift or Anlæg', edit: (t) => t.replace('type: Anlæg', 'type: anlæg') },
  { name: 'milestone round 5', edit: (t) => t.replace('              2:\n                tekst: Plan', '              5:\n                tekst: Plan') },
  { name: 'an empty committee list', edit: (t) => t.replace('udvalg:\n                - Børne- og Skoleudvalget\n                - Økonomiudvalget', 'udvalg: []') },
  { name: 'no themes', edit: (t) => t.slice(0, t.indexOf('temaer:')) + 'temaer: []\n' },
  { name: 'an empty sub-theme', edit: (t) => t.slice(0, t.indexOf('          - id: 3.2.1')) + '          []\n' },
  { name: 'an unknown key in a sub-theme', edit: (t) => t.replace('        beskrivelse: Dagtilbuddene styrkes.', '        tekst: Dagtilbuddene styrkes.') },
  {
    name: 'sub-themes three deep',
    edit: (t) =>
      t.replace(
        '          - id: 3.10\n',
        '          - undertema: "3.2.2"\n            indsatser:\n              - undertema: "3.2.2.1"\n                indsatser:\n                  - id: "3.2.2.1.1"\n' +
          '                    titel: x\n                    type: Drift\n                    beskrivelse: x\n                    ansvar: {center: c, udvalg: u}\n' +
          '                    økonomi: {tekst: x}\n          - id: 3.10\n',
      ),
  },
  { name: 'an item that is neither', edit: (t) => t.replace('          - id: 3.10\n', '          - 3.10\n          - id: 3.10\n') },
  { name: 'kontakt as a text', edit: (t) => t.replace(/kontakt:\n(  .*\n){3}/, 'kontakt: Kathrine\n') },
  { name: 'rettet as a list', edit: (t) => t.replace('rettet: Smileyen', 'rettet:\n              - Smileyen') },
  { name: 'a file that is a list', edit: () => '- aftale: Aftale om budget 2023\n' },
];

describe('the editor’s JSON Schema and check agree', () => {
  it.each(VALID)('$name: valid in both', ({ file, text }) => {
    const v = schemaVerdicts(text, file);
    expect(v).not.toBeNull();
    expect(v!.check).toEqual([]);
    expect(v!.editor).toEqual([]);
  });

  it.each(REFUSED)('$name: refused by both', ({ edit }) => {
    const text = edit(ISSUE_FILE);
    expect(text).not.toBe(ISSUE_FILE);
    const v = schemaVerdicts(text, 'data/2023/runde-2.yaml');
    expect(v).not.toBeNull();
    expect(v!.check, v!.editor.join('\n')).not.toEqual([]);
    expect(v!.editor, v!.check.join('\n')).not.toEqual([]);
  });

  it('the issue’s file is valid for check as a whole, the rules included, and keeps its ids as written', () => {
    const { problems, applied } = validateText('data/2023/runde-2.yaml', ISSUE_FILE);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(applied!.themes.flatMap((t) => t.initiatives.map((i) => i.initiative.id))).toEqual(['3.1', '3.2.1', '3.10']);
    expect(applied!.data.sagsid).toBe('1');
    expect(applied!.data.kontakt.telefon).toBe('24981032');
  });
});

type Json = Record<string, unknown>;
const SCHEMA = JSON.parse(readFileSync(join(REPO, 'schema/runde.schema.json'), 'utf8')) as Json;

/** Every `properties` entry in the schema, with where it is. */
function allProperties(node: unknown, at = '#', out: { at: string; key: string; schema: Json }[] = []) {
  if (Array.isArray(node)) node.forEach((n, i) => allProperties(n, `${at}/${i}`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node as Json)) {
      if (k === 'properties') {
        for (const [key, schema] of Object.entries(v as Json)) out.push({ at: `${at}/properties/${key}`, key, schema: schema as Json });
      }
      allProperties(v, `${at}/${k}`, out);
    }
  }
  return out;
}

/** Whether a property's schema is (or may be) a text: a string with no format and no fixed values. */
function acceptsText(s: Json): boolean {
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).some(acceptsText);
  const type = s.type;
  const types = Array.isArray(type) ? type : [type];
  return types.includes('string') && s.format === undefined && s.enum === undefined && s.pattern === undefined;
}

describe('the schema explains the format', () => {
  const props = allProperties(SCHEMA);
  const docs = readFileSync(join(REPO, 'docs/rundefilen.md'), 'utf8');

  it('every key has a Danish description and markdownDescription, and docs/rundefilen.md documents it', () => {
    expect(props.length).toBeGreaterThan(40);
    const missing = props.filter(({ schema }) => !schema.description || !schema.markdownDescription).map((p) => p.at);
    expect(missing).toEqual([]);
    const undocumented = [...new Set(props.map((p) => p.key))].filter((k) => !docs.includes(`\`${k}\``));
    expect(undocumented).toEqual([]);
    for (const def of Object.values(SCHEMA.$defs as Record<string, Json>)) expect(def.description).toBeTruthy();
  });

  it('every fixed value is named in its key’s explanation', () => {
    const enums = (s: Json): unknown[] => (Array.isArray(s.anyOf) ? (s.anyOf as Json[]).flatMap(enums) : ((s.enum as unknown[]) ?? []));
    for (const { at, schema } of props) {
      for (const value of enums(schema)) expect(String(schema.markdownDescription), at).toContain(`\`${String(value)}\``);
    }
  });

  it('the texts that check reads as written are the texts the schema lets be numbers (and booleans)', () => {
    const textKeys = new Set(props.filter((p) => acceptsText(p.schema)).map((p) => p.key));
    expect([...textKeys].sort()).toEqual([...TEXT_KEYS].sort());
    for (const { at, schema } of props.filter((p) => acceptsText(p.schema))) {
      const texts = Array.isArray(schema.anyOf) ? (schema.anyOf as Json[]).filter((s) => acceptsText(s)) : [schema];
      for (const t of texts) expect(t.type, at).toEqual(expect.arrayContaining(['string', 'number', 'boolean']));
    }
  });
});
