/*
 * The Danish explanation of every key of a round file, for the editor: the
 * JSON Schema carries them as `description` (plain text) and
 * `markdownDescription` (what VS Code's YAML extension shows on hover and in
 * completion). They say what docs/rundefilen.md and docs/smiley-regler.md say,
 * shorter; change them together.
 */

export type KeyDoc = {
  description: string;
  markdownDescription: string;
  [key: string]: unknown;
};

/** A plain sentence or two, and the Markdown shown on hover: the same, then `more` (allowed values, an example). */
function doc(description: string, more = ''): KeyDoc {
  return { description, markdownDescription: more ? `${description}\n\n${more}` : description };
}

const TEXT_FORMAT =
  'Tekst: en tom linje skiller afsnit; `*kursiv*`, `**fed**`, lister med `- `, `1.`/`1)`, `a.`/`a)`, ' +
  'og linjer rykket ind under en linje er en liste uden tegn. HTML vises som tekst.';

const AS_WRITTEN = 'Læses, som det står: tal og andet skrives med eller uden anførselstegn.';

export const DOCS = {
  root: doc(
    'En rundefil: én opfølgning på én budgetaftale. Se docs/rundefilen.md.',
    'Påkrævet: `aftale`, `år`, `runde`, `dato`, `modtager`, `sagsid`, `kontakt`, `temaer`.',
  ),
  aftale: doc('Aftalens navn, som det står i rapportens titel. Påkrævet.', 'Eksempel: `aftale: Aftale om budget 2019`'),
  år: doc('Aftalens budgetår, et heltal; skal passe med mappen, filen ligger i (data/2019/). Påkrævet.', 'Eksempel: `år: 2019`'),
  runde: doc(
    'Hvilken opfølgning filen er: 1, 2, 3 eller 4 (4 er den endelige opfølgning pr. 31.12). Skal passe med filnavnet runde-<N>.yaml. Påkrævet.',
    'Tilladte værdier: `1`, `2`, `3`, `4`.',
  ),
  dato: doc('Rapportens dato som ÅÅÅÅ-MM-DD; vises som "1. august 2019". Påkrævet.', 'Eksempel: `dato: 2019-08-01`'),
  modtager: doc(
    'Hvem rapporten er til; står efter "for" i titlen. Påkrævet.',
    'Eksempel: `modtager: Ballerup Kommune` eller `modtager: Social- og Sundhedsudvalget`',
  ),
  kommune: doc(
    'Kommunen, når modtager er et udvalg; bliver PDF\'ens forfatter. Uden den er forfatteren modtager. Valgfri.',
    'Eksempel: `kommune: Ballerup Kommune`',
  ),
  sagsid: doc(`Sagsnummeret i brevhovedet. Påkrævet. ${AS_WRITTEN}`, 'Eksempel: `sagsid: 00.30.10-S00-2-19`'),
  kontakt: doc('Kontaktpersonen i brevhovedet: navn, telefon og email. Påkrævet.'),
  navn: doc('Kontaktpersonens navn. Påkrævet.'),
  telefon: doc(`Telefonnummeret (Tlf. dir.). Påkrævet. ${AS_WRITTEN}`, 'Eksempel: `telefon: 2498 1032`'),
  email: doc('E-mailadressen. Påkrævet.', 'Eksempel: `email: okonomi@balk.dk`'),
  læsevejledning: doc(
    'Erstatter den indbyggede læsevejledning. Her, og kun her, tegner :glad:, :neutral: og :sur: smileyerne. Valgfri.',
    `${TEXT_FORMAT}\n\nEksempel på en linje: \`- :glad:: Milepælen er nået.\``,
  ),
  titel: doc(
    'Erstatter rapportens titel, som ellers laves af runden, aftale og modtager ("Anden opfølgning på Aftale om budget 2019 for Ballerup Kommune"). Valgfri.',
    'Eksempel: `titel: Fjerde og sidste opfølgning på Aftale om budget 2017 på Teknik- og Miljøudvalgets område`',
  ),
  temaer: doc('Aftalens temaer i rapportens rækkefølge, mindst ét. Påkrævet.'),
  tidligere_aftaler: doc(
    'Indsatser fra tidligere aftaler, der følges op en ekstra gang ("Ekstra opfølgning på Aftale om budget 2018"). Smileyreglerne gælder ikke her. Valgfri.',
  ),
  tema: doc('Et tema: en overskrift med sine indsatser og undertemaer.'),
  temaTitel: doc('Temaets overskrift, som den skal stå. Påkrævet.', 'Eksempel: `titel: "1. Vi skaber fremtiden sammen"`'),
  temaIndsatser: doc(
    'Temaets indsatser og undertemaer i rapportens rækkefølge. Et element med id er en indsats, et med undertema er et undertema. Påkrævet.',
  ),
  undertema: doc(
    'Et undertema: en overskrift ét niveau under temaet, med sine egne indsatser (og højst ét niveau undertemaer mere).',
  ),
  undertemaTitel: doc('Undertemaets overskrift, som den skal stå, med nummer. Påkrævet.', 'Eksempel: `undertema: "3.2. Et stærkt dagtilbudsområde"`'),
  undertemaBeskrivelse: doc('Tekst under undertemaets overskrift. Valgfri.', TEXT_FORMAT),
  undertemaIndsatser: doc('Undertemaets indsatser (og undertemaer ét niveau længere nede), mindst ét element. Påkrævet.'),
  underundertemaIndsatser: doc('Undertemaets indsatser, mindst én. Her kan der ikke være flere undertemaer. Påkrævet.'),
  indsats: doc('En indsats: id, titel, type, beskrivelse, ansvar, milepæle og økonomi.'),
  id: doc(
    `Indsatsens nummer, entydigt i hele aftalen. ${AS_WRITTEN} id: 1.10 er "1.10". Påkrævet.`,
    'Eksempler: `id: 1.1`, `id: 1.10`, `id: 4.01.2`, `id: 1.3.1`',
  ),
  indsatsTitel: doc('Indsatsens titel; rapporten viser "<id>. <titel>". Påkrævet.', 'Eksempel: `titel: Ny sundhedspolitik`'),
  type: doc('Drift eller Anlæg. Påkrævet.', 'Tilladte værdier: `Drift`, `Anlæg`.'),
  beskrivelse: doc('Aftaleteksten om indsatsen. Påkrævet.', TEXT_FORMAT),
  ansvar: doc('Ansvarsblokken: center, udvalg og eventuelt bidragsyder og bemærkning. Påkrævet.'),
  center: doc('Ansvarligt center. Påkrævet.', 'Eksempel: `center: Social og Sundhed`'),
  udvalg: doc(
    'Ansvarligt udvalg: ét navn eller en liste af navne. Afgør, hvilke udvalgsrapporter (--udvalg) indsatsen kommer med i; rapporten skriver flere som "A samt B". Påkrævet.',
    'Eksempel med to udvalg:\n\n```yaml\nudvalg:\n  - Social- og Sundhedsudvalget\n  - Erhvervs- og Beskæftigelsesudvalget\n```',
  ),
  udvalgNavn: doc('Et udvalgs navn.'),
  bidragsyder: doc('Væsentlig bidragsyder. Valgfri.', 'Eksempel: `bidragsyder: Børne- og Ungerådgivning samt Arbejdsmarked`'),
  bemærkning: doc('Tekst under ansvarsfelterne, fx "Alle fagudvalg involveres.". Valgfri.', TEXT_FORMAT),
  milepæle: doc(
    'Én milepæl pr. runde under nøglerne 1, 2, 3 og 4. En manglende nøgle betyder ingen milepæl den runde. Valgfri.',
    'Tilladte nøgler: `1`, `2`, `3`, `4`. Se docs/smiley-regler.md for, hvornår en smiley skal skrives.',
  ),
  milepælRunde: (r: 1 | 2 | 3 | 4) =>
    doc(
      `Milepælen for ${r === 4 ? 'den endelige opfølgning (31.12.)' : `${r}. opfølgning (${r}. budgetopfølgning)`}: tekst, status, smiley og eventuelt rettet.`,
    ),
  milepæl: doc('En milepæl: tekst, status, smiley og eventuelt rettet.'),
  milepælTekst: doc(
    'Milepælen: hvad der skal være nået. En milepæl med tekst i en runde til og med filens runde skal have en smiley. Valgfri.',
    TEXT_FORMAT,
  ),
  status: doc('Hvordan det står til; vises efter "Status:". Valgfri.', TEXT_FORMAT),
  milepælSmiley: doc(
    'glad: milepælen er nået. neutral: ikke fuldt nået, men målet er fortsat realistisk inden for budgetperioden. sur: ikke nået og ikke realistisk uden en korrigerende beslutning. Ingen smiley på en runde efter filens runde. Valgfri.',
    'Tilladte værdier: `glad`, `neutral`, `sur`. Uden smiley på en tom milepæl føres en glad smiley fra runden før videre; en neutral eller sur skal følges op.',
  ),
  rettet: doc(
    'Hvorfor denne fil bevidst ændrer det, en tidligere rundefil har skrevet om milepælen (fx smileyen). Historikkontrollen er så tavs for milepælen, og rapporten viser noten. Valgfri.',
    'Eksempel: `rettet: Smileyen er ændret fra glad til neutral, fordi tidsplanen er skredet.`',
  ),
  økonomi: doc('Økonomirækken: tekst, status og smiley. Påkrævet.'),
  økonomiTekst: doc('Økonomien, fx "Der er ikke afsat økonomi.". Påkrævet.', TEXT_FORMAT),
  økonomiSmiley: doc(
    'glad: budgettet er overholdt eller besparelsen er opnået. sur: budgettet er ikke overholdt eller besparelsen er ikke opnået. Neutral findes ikke på økonomi. Valgfri.',
    'Tilladte værdier: `glad`, `sur`.',
  ),
  seneste_status: doc('Vises som "Seneste status" (især under tidligere_aftaler). Valgfri.', TEXT_FORMAT),
  tidligereAftale: doc('En tidligere aftale: aftale, år og temaer.'),
  tidligereAftaleNavn: doc('Den tidligere aftales navn. Påkrævet.', 'Eksempel: `aftale: Aftale om budget 2018`'),
  tidligereAftaleÅr: doc('Den tidligere aftales budgetår. Påkrævet.', 'Eksempel: `år: 2018`'),
  tidligereAftaleTemaer: doc('Den tidligere aftales temaer med de indsatser, der følges op. Påkrævet.'),
} as const;
