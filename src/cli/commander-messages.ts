import type { CommanderError } from 'commander';

/** commander's own messages are English; users read Danish. */
export function commanderMessage(e: CommanderError): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  // commander's own "(Did you mean --round?)", by edit distance over the command's names.
  const nearest = /\(Did you mean (.+)\?\)/.exec(e.message)?.[1];
  const suggestion = nearest ? `; mente du ${nearest}?` : '';
  switch (e.code) {
    case 'commander.unknownOption':
      return `ukendt tilvalg ${quoted}${suggestion}`;
    case 'commander.unknownCommand':
      return `ukendt kommando ${quoted}${suggestion}`;
    case 'commander.missingArgument':
      return `mangler argumentet ${quoted}`;
    case 'commander.optionMissingArgument':
      return `tilvalget ${quoted} mangler en værdi`;
    case 'commander.missingMandatoryOptionValue':
      return `tilvalget ${quoted} skal angives`;
    case 'commander.excessArguments':
      return 'for mange argumenter';
    case 'commander.invalidArgument':
      return e.message.replace(/^error: /, '');
    case 'commander.help':
    case 'commander.helpDisplayed':
      return '';
    default:
      return 'ugyldig kommandolinje';
  }
}

const HELP_WORDS: [RegExp, string][] = [
  [/^Usage:/gm, 'Brug:'],
  [/^Options:/gm, 'Tilvalg:'],
  [/^Commands:/gm, 'Kommandoer:'],
  [/^Arguments:/gm, 'Argumenter:'],
  [/\[options\]/g, '[tilvalg]'],
  [/\[command\]/g, '[kommando]'],
  [/\(default: /g, '(standard: '],
  [/\(choices: /g, '(valgmuligheder: '],
  [/^Examples:/gm, 'Eksempler:'],
];

/** commander's help headings in Danish; the descriptions are written in Danish already. */
export function danishHelp(text: string): string {
  return HELP_WORDS.reduce((s, [re, da]) => s.replace(re, da), text);
}
