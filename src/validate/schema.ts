import * as z from 'zod';
import { DOCS } from './schema-docs.js';

/*
 * The one schema of a round file (docs/rundefilen.md). The TypeScript
 * types below are inferred from it, and `npm run schema` writes it as JSON Schema
 * to schema/runde.schema.json for editors. No transforms here: a transform cannot
 * be expressed in JSON Schema, so normalisation (ids keeping their written form)
 * happens in load/, before the schema sees the data. The shapes used in more
 * than one place carry an id, so the JSON Schema names them once in $defs.
 * Every key carries its Danish explanation (schema-docs.ts) for the editor.
 */

export const MILESTONE_SMILEYS = ['glad', 'neutral', 'sur'] as const;
export const ECONOMY_SMILEYS = ['glad', 'sur'] as const;
export const ROUNDS = [1, 2, 3, 4] as const;

/** A required text: a non-empty string. */
export const textSchema = z.string().min(1);
const text = textSchema;
const optionalText = z.string().nullish();

export const milestoneSchema = z.strictObject({
  tekst: optionalText.meta(DOCS.milepælTekst),
  status: optionalText.meta(DOCS.status),
  smiley: z.enum(MILESTONE_SMILEYS).nullish().meta(DOCS.milepælSmiley),
  /** This file deliberately changes what an earlier round file recorded here; why. Silences the history check. */
  rettet: optionalText.meta(DOCS.rettet),
}).meta({ id: 'milepael', ...DOCS.milepæl });

export const milestonesSchema = z.strictObject({
  '1': milestoneSchema.nullish().meta(DOCS.milepælRunde(1)),
  '2': milestoneSchema.nullish().meta(DOCS.milepælRunde(2)),
  '3': milestoneSchema.nullish().meta(DOCS.milepælRunde(3)),
  '4': milestoneSchema.nullish().meta(DOCS.milepælRunde(4)),
});

export const responsibilitySchema = z.strictObject({
  center: text.meta(DOCS.center),
  udvalg: z.union([text, z.array(text.meta(DOCS.udvalgNavn)).min(1)]).meta(DOCS.udvalg),
  bidragsyder: optionalText.meta(DOCS.bidragsyder),
  bemærkning: optionalText.meta(DOCS.bemærkning),
});

export const economySchema = z.strictObject({
  tekst: text.meta(DOCS.økonomiTekst),
  status: optionalText.meta(DOCS.status),
  smiley: z.enum(ECONOMY_SMILEYS).nullish().meta(DOCS.økonomiSmiley),
});

export const initiativeSchema = z.strictObject({
  id: text.meta(DOCS.id),
  titel: text.meta(DOCS.indsatsTitel),
  type: z.enum(['Drift', 'Anlæg']).meta(DOCS.type),
  beskrivelse: text.meta(DOCS.beskrivelse),
  ansvar: responsibilitySchema.meta(DOCS.ansvar),
  milepæle: milestonesSchema.nullish().meta(DOCS.milepæle),
  økonomi: economySchema.meta(DOCS.økonomi),
  seneste_status: optionalText.meta(DOCS.seneste_status),
}).meta({ id: 'indsats', ...DOCS.indsats });

/*
 * An item of an `indsatser:` list is an initiative or a sub-theme, in report
 * order. A sub-theme may hold one more level of sub-themes, and that level
 * only initiatives: theme > sub-theme > sub-sub-theme > initiative at most.
 * Which of the two an item is meant to be is decided by its keys
 * (validate/theme-items.ts), so problems are reported against that shape.
 */
export const SUBTHEME_KEYS = ['undertema', 'beskrivelse', 'indsatser'] as const;

export const subSubthemeSchema = z.strictObject({
  undertema: text.meta(DOCS.undertemaTitel),
  beskrivelse: optionalText.meta(DOCS.undertemaBeskrivelse),
  indsatser: z.array(initiativeSchema).min(1).meta(DOCS.underundertemaIndsatser),
}).meta({ id: 'undertema-under-undertema', ...DOCS.undertema });

export const subthemeSchema = z.strictObject({
  undertema: text.meta(DOCS.undertemaTitel),
  beskrivelse: optionalText.meta(DOCS.undertemaBeskrivelse),
  indsatser: z.array(z.union([initiativeSchema, subSubthemeSchema])).min(1).meta(DOCS.undertemaIndsatser),
}).meta({ id: 'undertema', ...DOCS.undertema });

export const themeSchema = z.strictObject({
  titel: text.meta(DOCS.temaTitel),
  indsatser: z.array(z.union([initiativeSchema, subthemeSchema])).meta(DOCS.temaIndsatser),
}).meta({ id: 'tema', ...DOCS.tema });

const year = z.int().min(1900).max(2999);

export const earlierAgreementSchema = z.strictObject({
  aftale: text.meta(DOCS.tidligereAftaleNavn),
  år: year.meta(DOCS.tidligereAftaleÅr),
  temaer: z.array(themeSchema).meta(DOCS.tidligereAftaleTemaer),
}).meta(DOCS.tidligereAftale);

export const contactSchema = z.strictObject({
  navn: text.meta(DOCS.navn),
  telefon: text.meta(DOCS.telefon),
  email: text.meta(DOCS.email),
});

export const roundFileSchema = z.strictObject({
  aftale: text.meta(DOCS.aftale),
  år: year.meta(DOCS.år),
  runde: z.literal(ROUNDS).meta(DOCS.runde),
  dato: z.iso.date().meta(DOCS.dato),
  modtager: text.meta(DOCS.modtager),
  /** Extension: the municipality, the PDF's author, when `modtager` is a committee. Default: modtager. */
  kommune: optionalText.meta(DOCS.kommune),
  sagsid: text.meta(DOCS.sagsid),
  kontakt: contactSchema.meta(DOCS.kontakt),
  læsevejledning: optionalText.meta(DOCS.læsevejledning),
  /** Replaces the generated report title ("Anden opfølgning på … for …"). */
  titel: optionalText.meta(DOCS.titel),
  temaer: z.array(themeSchema).min(1).meta(DOCS.temaer),
  tidligere_aftaler: z.array(earlierAgreementSchema).nullish().meta(DOCS.tidligere_aftaler),
}).meta(DOCS.root);

export type MilestoneSmiley = (typeof MILESTONE_SMILEYS)[number];
export type EconomySmiley = (typeof ECONOMY_SMILEYS)[number];
export type Round = (typeof ROUNDS)[number];
export type Milestone = z.infer<typeof milestoneSchema>;
export type Initiative = z.infer<typeof initiativeSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Subtheme = z.infer<typeof subthemeSchema> | z.infer<typeof subSubthemeSchema>;
export type ThemeItem = Theme['indsatser'][number] | Subtheme['indsatser'][number];

export function isSubtheme(item: ThemeItem): item is Subtheme {
  return 'undertema' in item;
}
export type EarlierAgreement = z.infer<typeof earlierAgreementSchema>;
export type RoundFile = z.infer<typeof roundFileSchema>;
