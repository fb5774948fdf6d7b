/** A small but complete round-1 file: two themes, five initiatives, enough text for several pages. */
export const FIXTURE_THEMES = ['1. Børn og unge', '2. Ældre og sundhed'];
export const FIXTURE_INITIATIVES = [
  { id: '1.1', title: 'Flere pædagoger i daginstitutionerne' },
  { id: '1.2', title: 'Bedre skoleveje for cyklister' },
  { id: '1.3', title: 'Styrket ungeindsats' },
  { id: '2.1', title: 'Træning på plejecentrene' },
  { id: '2.2', title: 'Ny sundhedspolitik for alle aldre' },
];

const para =
  'Parterne er enige om, at indsatsen skal følges tæt, og at der afrapporteres til udvalget ved hver budgetopfølgning. Arbejdet sker i samarbejde med brugere, pårørende, medarbejdere og ledere, så økonomi og kvalitet hænger sammen.';

function initiative(id: string, title: string): string {
  const description = Array.from({ length: 6 }, () => `          ${para}`).join('\n\n');
  return `      - id: "${id}"
        titel: ${title}
        type: Drift
        beskrivelse: |
${description}
        ansvar:
          center: Politik og Borgerservice
          udvalg: Social- og Sundhedsudvalget
        milepæle:
          1:
            tekst: Kommissorium er vedtaget af Kommunalbestyrelsen.
            smiley: glad
          2:
            tekst: Der har været afholdt workshops med relevante aktører.
          3:
            tekst: Udkast er sendt i høring.
          4:
            tekst: Endelig plan er godkendt af Kommunalbestyrelsen.
        økonomi:
          tekst: Der er ikke afsat økonomi.
`;
}

export function fixtureRound(): string {
  const theme = (title: string, prefix: string) =>
    `  - titel: "${title}"\n    indsatser:\n` +
    FIXTURE_INITIATIVES.filter((i) => i.id.startsWith(prefix))
      .map((i) => initiative(i.id, i.title))
      .join('\n');
  return `aftale: Aftale om budget 2019
år: 2019
runde: 1
dato: 2019-04-04
modtager: Social- og Sundhedsudvalget
kommune: Ballerup Kommune
sagsid: 00.30.10-S00-1-19
kontakt:
  navn: Kathrine Dahl Marcussen
  telefon: 2498 1032
  email: okonomi@balk.dk
temaer:
${theme(FIXTURE_THEMES[0]!, '1.')}
${theme(FIXTURE_THEMES[1]!, '2.')}`;
}
