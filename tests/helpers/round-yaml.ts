import { validateText } from '../../src/pipeline/check-round.js';
import { formatProblem } from '../../src/problems/format.js';
import { sortProblems } from '../../src/problems/problem.js';
import { expectSchemaAgreement } from './schema-agreement.js';

/**
 * A round file header of exactly 13 lines (runde: R), so the first line of the
 * `indsatser` written after it is line 14 and tests can name exact positions.
 */
export function header(round: number, extra = ''): string {
  return [
    'aftale: Aftale om budget 2019',
    'år: 2019',
    `runde: ${round}`,
    'dato: 2019-08-01',
    'modtager: Ballerup Kommune',
    'sagsid: 00.30.10-S00-2-19',
    'kontakt:',
    '  navn: Kathrine Dahl Marcussen',
    '  telefon: 2498 1032',
    '  email: okonomi@balk.dk',
    'temaer:',
    '  - titel: "1. Tema"',
    '    indsatser:',
    '',
  ].join('\n') + extra;
}

/**
 * One initiative at indentation 6 (under `indsatser:`), 10 lines before the
 * milestones; `milestones` is written verbatim after `milepæle:` (indent 10).
 */
export function initiative(id: string, milestones: string, economy = '        økonomi:\n          tekst: Ingen.\n'): string {
  return (
    `      - id: "${id}"\n` +
    '        titel: En indsats\n' +
    '        type: Drift\n' +
    '        beskrivelse: Noget.\n' +
    '        ansvar:\n' +
    '          center: Politik og Borgerservice\n' +
    '          udvalg: Social- og Sundhedsudvalget\n' +
    '        milepæle:\n' +
    milestones +
    economy
  );
}

/**
 * A `tidligere_aftaler` section: "Aftale om budget 2018", one theme "4. Sundhed",
 * holding `initiatives` as written by initiative() (indented here by four more).
 */
export function earlierAgreement(initiatives: string): string {
  return (
    'tidligere_aftaler:\n' +
    '  - aftale: Aftale om budget 2018\n' +
    '    år: 2018\n' +
    '    temaer:\n' +
    '      - titel: "4. Sundhed"\n' +
    '        indsatser:\n' +
    initiatives.replace(/^(.)/gm, '    $1')
  );
}

/**
 * The problems of a round file text, formatted as the CLI prints them. Every
 * text also goes through the editor's JSON Schema, which must agree with
 * check's schema stage (issue 16; schema-agreement.ts).
 */
export function problemsOf(text: string, file = 'data/2019/runde-2.yaml'): string[] {
  expectSchemaAgreement(text, file);
  return sortProblems(validateText(file, text).problems).map(formatProblem);
}

export function appliedOf(text: string, file = 'data/2019/runde-2.yaml') {
  expectSchemaAgreement(text, file);
  const v = validateText(file, text);
  if (!v.applied) throw new Error(`invalid: ${v.problems.map(formatProblem).join('\n')}`);
  return v.applied;
}
