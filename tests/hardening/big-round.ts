import { header } from '../helpers/round-yaml.js';

/**
 * A valid round file of `count` initiatives with long texts: a report of many
 * pages, so printing its PDF takes long enough to be interrupted.
 */
export function bigRound(round: 1 | 2, count: number, variant = ''): string {
  const para = 'Indsatsen følges tæt af forvaltningen, og der er dialog med de relevante aktører. '.repeat(6);
  let text = header(round);
  for (let i = 1; i <= count; i++) {
    text +=
      `      - id: "1.${i}"\n` +
      `        titel: Indsats nummer ${i}${variant}\n` +
      '        type: Drift\n' +
      `        beskrivelse: |\n          ${para}\n\n          ${para}\n` +
      '        ansvar:\n' +
      '          center: Politik og Borgerservice\n' +
      `          udvalg: ${i % 3 === 0 ? 'Økonomiudvalget' : i % 3 === 1 ? 'Social- og Sundhedsudvalget' : 'Børne- og Skoleudvalget'}\n` +
      '        milepæle:\n' +
      `          1:\n            tekst: ${para}\n            smiley: glad\n` +
      (round >= 2 ? `          2:\n            tekst: ${para}\n            smiley: neutral\n` : '') +
      `        økonomi:\n          tekst: ${para}\n`;
  }
  return text;
}
