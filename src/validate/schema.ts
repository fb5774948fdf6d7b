import { z } from 'zod';

/*
 * The one schema of a round file (docs/rundefilen.md). The TypeScript
 * types below are inferred from it, and `npm run schema` writes it as JSON Schema
 * to schema/runde.schema.json for editors. No transforms here: a transform cannot
 * be expressed in JSON Schema, so normalisation (ids keeping their written form)
 * happens in load/, before the schema sees the data. The shapes used in more
 * than one place carry an id, so the JSON Schema names them once in $defs.
 */

export const MILESTONE_SMILEYS = ['glad', 'neutral', 'sur'] as const;
export const ECONOMY_SMILEYS = ['glad', 'sur'] as const;
export const ROUNDS = [1, 2, 3, 4] as const;

/** A required text: a non-empty string. */
export const textSchema = z.string().min(1);
const text = textSchema;
const optionalText = z.string().nullish();

export const milestoneSchema = z.strictObject({
  tekst: optionalText,
  status: optionalText,
  smiley: z.enum(MILESTONE_SMILEYS).nullish(),
  /** This file deliberately changes what an earlier round file recorded here; why. Silences the history check. */
  rettet: optionalText,
}).meta({ id: 'milepael' });

export const milestonesSchema = z.strictObject({
  '1': milestoneSchema.nullish(),
  '2': milestoneSchema.nullish(),
  '3': milestoneSchema.nullish(),
  '4': milestoneSchema.nullish(),
});

export const responsibilitySchema = z.strictObject({
  center: text,
  udvalg: z.union([text, z.array(text).min(1)]),
  bidragsyder: optionalText,
  bemærkning: optionalText,
});

export const economySchema = z.strictObject({
  tekst: text,
  status: optionalText,
  smiley: z.enum(ECONOMY_SMILEYS).nullish(),
});

export const initiativeSchema = z.strictObject({
  id: text,
  titel: text,
  type: z.enum(['Drift', 'Anlæg']),
  beskrivelse: text,
  ansvar: responsibilitySchema,
  milepæle: milestonesSchema.nullish(),
  økonomi: economySchema,
  seneste_status: optionalText,
}).meta({ id: 'indsats' });

/*
 * An item of an `indsatser:` list is an initiative or a sub-theme, in report
 * order. A sub-theme may hold one more level of sub-themes, and that level
 * only initiatives: theme > sub-theme > sub-sub-theme > initiative at most.
 * Which of the two an item is meant to be is decided by its keys
 * (validate/theme-items.ts), so problems are reported against that shape.
 */
export const SUBTHEME_KEYS = ['undertema', 'beskrivelse', 'indsatser'] as const;

export const subSubthemeSchema = z.strictObject({
  undertema: text,
  beskrivelse: optionalText,
  indsatser: z.array(initiativeSchema).min(1),
}).meta({ id: 'undertema-under-undertema' });

export const subthemeSchema = z.strictObject({
  undertema: text,
  beskrivelse: optionalText,
  indsatser: z.array(z.union([initiativeSchema, subSubthemeSchema])).min(1),
}).meta({ id: 'undertema' });

export const themeSchema = z.strictObject({
  titel: text,
  indsatser: z.array(z.union([initiativeSchema, subthemeSchema])),
}).meta({ id: 'tema' });

export const earlierAgreementSchema = z.strictObject({
  aftale: text,
  år: z.int().min(1900).max(2999),
  temaer: z.array(themeSchema),
});

export const contactSchema = z.strictObject({
  navn: text,
  telefon: text,
  email: text,
});

export const roundFileSchema = z.strictObject({
  aftale: text,
  år: z.int().min(1900).max(2999),
  runde: z.literal(ROUNDS),
  dato: z.iso.date(),
  modtager: text,
  /** Extension: the municipality, the PDF's author, when `modtager` is a committee. Default: modtager. */
  kommune: optionalText,
  sagsid: text,
  kontakt: contactSchema,
  læsevejledning: optionalText,
  /** Replaces the generated report title ("Anden opfølgning på … for …"). */
  titel: optionalText,
  temaer: z.array(themeSchema).min(1),
  tidligere_aftaler: z.array(earlierAgreementSchema).nullish(),
});

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
