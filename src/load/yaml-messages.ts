import type { ErrorCode } from 'yaml';

/** The yaml package's error codes in Danish; its English detail is not shown to users. */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  ALIAS_PROPS: 'et alias kan ikke have anker eller tag',
  BAD_ALIAS: 'ugyldigt alias',
  BAD_DIRECTIVE: 'ugyldigt YAML-direktiv',
  BAD_DQ_ESCAPE: 'ugyldig escape-sekvens i tekst i anførselstegn',
  BAD_INDENT: 'forkert indrykning',
  BAD_PROP_ORDER: 'anker og tag står i forkert rækkefølge',
  BAD_SCALAR_START: 'en værdi kan ikke begynde med dette tegn; sæt teksten i anførselstegn',
  BLOCK_AS_IMPLICIT_KEY: 'en værdi indeholder ": "; sæt teksten i anførselstegn',
  BLOCK_IN_FLOW: 'en blok kan ikke stå inde i [ ] eller { }',
  DUPLICATE_KEY: 'nøglen står to gange i samme afsnit',
  IMPOSSIBLE: 'YAML-syntaksfejl',
  KEY_OVER_1024_CHARS: 'nøglen er længere end 1024 tegn',
  MISSING_CHAR: 'der mangler et tegn (et afsluttende anførselstegn eller en parentes?)',
  MULTILINE_IMPLICIT_KEY: 'en nøgle kan ikke fylde flere linjer; mangler der et kolon eller et anførselstegn?',
  MULTIPLE_ANCHORS: 'en værdi kan kun have ét anker',
  MULTIPLE_DOCS: 'filen må kun indeholde ét YAML-dokument (fjern ---)',
  MULTIPLE_TAGS: 'en værdi kan kun have ét tag',
  NON_STRING_KEY: 'en nøgle skal være tekst',
  RESOURCE_EXHAUSTION: 'filen udfolder for mange aliaser (&/*); skriv værdierne ud',
  TAB_AS_INDENT: 'tabulator brugt til indrykning; brug mellemrum',
  TAG_RESOLVE_FAILED: 'ukendt YAML-tag',
  UNEXPECTED_TOKEN: 'uventet tegn; tjek indrykning, kolon og anførselstegn',
  BAD_COLLECTION_TYPE: 'forkert samlingstype',
};

export function yamlMessage(code: ErrorCode): string {
  return `YAML-syntaksfejl: ${MESSAGES[code] ?? 'ugyldig YAML'}`;
}
