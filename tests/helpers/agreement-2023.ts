/*
 * A round file shaped as Ballerup's agreements from 2022 on, written here and
 * not taken from the real data: themes with sub-themes, an initiative directly
 * under a theme beside sub-themes, a sub-theme inside a sub-theme, ids of two,
 * three and four parts, and several committees.
 *
 *   1. Vi skaber fremtiden sammen
 *      1.1. Et aktivt fritidsliv            1.1.1 (KFU), 1.1.2 (SSU)
 *      1.2. ”Gode og værdige rammer …”      1.2.1 (SSU)
 *   2. Grøn omstilling                      2.1 (TMU)
 *   3. Sammenhængende udviklingsforløb …    3.1 (BSU)
 *      3.2. Et stærkt dagtilbudsområde      3.2.1 (BSU)
 *         3.2.2. Pladser til alle           3.2.2.1 (BSU and ØU)
 *
 * Rounds 1 and 2 have milestones everywhere, round 3 only for 1.1.1 and 3.2.2.1.
 */

export const COMMITTEES = {
  kfu: 'Kultur- og Fritidsudvalget',
  ssu: 'Social- og Sundhedsudvalget',
  tmu: 'Teknik- og Miljøudvalget',
  bsu: 'Børne- og Skoleudvalget',
  oeu: 'Økonomiudvalget',
} as const;

export const SUBTHEMES = {
  fritid: '1.1. Et aktivt fritidsliv',
  rammer: '1.2. ”Gode og værdige rammer for borgere”',
  dagtilbud: '3.2. Et stærkt dagtilbudsområde',
  pladser: '3.2.2. Pladser til alle',
} as const;

export const THEMES = {
  fremtid: '1. Vi skaber fremtiden sammen',
  groen: '2. Grøn omstilling',
  unge: '3. Sammenhængende udviklingsforløb 0-25 år',
} as const;

/** Every initiative id, in report order. */
export const IDS = ['1.1.1', '1.1.2', '1.2.1', '2.1', '3.1', '3.2.1', '3.2.2.1'] as const;

export const TITLES: Record<(typeof IDS)[number], string> = {
  '1.1.1': 'Flere foreningsaktiviteter for ældre',
  '1.1.2': 'Sundhedstjek i idrætsforeninger',
  '1.2.1': 'Ny værdighedspolitik',
  '2.1': 'Solceller på kommunens tage',
  '3.1': 'Ny Børne- og Ungepolitik',
  '3.2.1': 'Mere tid til kerneopgaven',
  '3.2.2.1': 'Udbygning af daginstitutionen Kornblomsten',
};

function indent(text: string, by: number): string {
  const pad = ' '.repeat(by);
  return text.replace(/^(?=.)/gm, pad);
}

/** One initiative as a list item at column 0; milestones written verbatim under `milepæle:` (indent 4). */
function initiativeItem(id: (typeof IDS)[number], committees: string | string[], milestones: string): string {
  const udvalg = Array.isArray(committees) ? `\n${committees.map((c) => `      - ${c}\n`).join('')}` : ` ${committees}\n`;
  return (
    `- id: "${id}"\n` +
    `  titel: ${TITLES[id]}\n` +
    '  type: Drift\n' +
    `  beskrivelse: Beskrivelse af ${id}.\n` +
    '  ansvar:\n' +
    '    center: Center for Børn og Unge\n' +
    `    udvalg:${udvalg}` +
    '  milepæle:\n' +
    milestones +
    '  økonomi:\n' +
    '    tekst: Finansieres inden for rammen.\n'
  );
}

const m = (round: number, smiley: string | null, extra = '') =>
  `    ${round}:\n      tekst: Milepæl ${round}.\n` + (smiley ? `      smiley: ${smiley}\n` : '') + extra;

export interface Options {
  /** The round of the file: 1 or 2. */
  round: 1 | 2;
  /** Extra top-level lines, e.g. `titel: …`. */
  top?: string;
  /** Round 2 only: the note on 2.1's round-1 milestone, whose smiley round 2 changes from glad to neutral. */
  rettet?: string | null;
}

/** The whole round file as YAML. */
export function agreement2023(options: Options): string {
  const r2 = options.round === 2;
  const two = (smiley: string) => (r2 ? m(2, smiley) : m(2, null));
  const rettet = r2 && options.rettet ? `      rettet: ${options.rettet}\n` : '';
  const initiatives = {
    '1.1.1': initiativeItem('1.1.1', COMMITTEES.kfu, m(1, 'glad') + two('glad') + m(3, null)),
    '1.1.2': initiativeItem('1.1.2', COMMITTEES.ssu, m(1, 'neutral') + two('glad')),
    '1.2.1': initiativeItem('1.2.1', COMMITTEES.ssu, m(1, 'glad') + two('sur')),
    '2.1': initiativeItem('2.1', COMMITTEES.tmu, m(1, r2 && options.rettet !== undefined ? 'neutral' : 'glad', rettet) + two('neutral')),
    '3.1': initiativeItem('3.1', COMMITTEES.bsu, m(1, 'glad') + two('glad')),
    '3.2.1': initiativeItem('3.2.1', COMMITTEES.bsu, m(1, 'sur') + two('neutral')),
    '3.2.2.1': initiativeItem('3.2.2.1', [COMMITTEES.bsu, COMMITTEES.oeu], m(1, 'glad') + two('glad') + m(3, null)),
  };
  const subtheme = (title: string, body: string, description?: string) =>
    `- undertema: "${title}"\n` + (description ? `  beskrivelse: ${description}\n` : '') + '  indsatser:\n' + indent(body, 4);
  const theme = (title: string, body: string) => `  - titel: "${title}"\n    indsatser:\n` + indent(body, 6);
  return (
    'aftale: Aftale om budget 2023\n' +
    'år: 2023\n' +
    `runde: ${options.round}\n` +
    `dato: 2023-0${options.round === 1 ? 5 : 9}-01\n` +
    'modtager: Ballerup Kommune\n' +
    'sagsid: 00.30.10-S00-1-23\n' +
    'kontakt:\n' +
    '  navn: Anne Andersen\n' +
    '  telefon: 4477 2000\n' +
    '  email: okonomi@balk.dk\n' +
    (options.top ?? '') +
    'temaer:\n' +
    theme(
      THEMES.fremtid,
      subtheme(SUBTHEMES.fritid, initiatives['1.1.1'] + initiatives['1.1.2'], 'Fritidslivet skal være for alle.') +
        subtheme(SUBTHEMES.rammer, initiatives['1.2.1']),
    ) +
    theme(THEMES.groen, initiatives['2.1']) +
    theme(
      THEMES.unge,
      initiatives['3.1'] +
        subtheme(SUBTHEMES.dagtilbud, initiatives['3.2.1'] + subtheme(SUBTHEMES.pladser, initiatives['3.2.2.1'])),
    )
  );
}
