import { z } from 'zod';

/*
 * The one schema of a round file (../shared/spec/round-file.md). The TypeScript
 * types below are inferred from it, and `npm run schema` writes it as JSON Schema
 * to schema/runde.schema.json for editors. No transforms here: a transform cannot
 * be expressed in JSON Schema, so normalisation (ids keeping their written form)
 * happens in load/, before the schema sees the data.
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
});

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
});

export const themeSchema = z.strictObject({
  titel: text,
  indsatser: z.array(initiativeSchema),
});

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
  temaer: z.array(themeSchema).min(1),
  tidligere_aftaler: z.array(earlierAgreementSchema).nullish(),
});

export type MilestoneSmiley = (typeof MILESTONE_SMILEYS)[number];
export type EconomySmiley = (typeof ECONOMY_SMILEYS)[number];
export type Round = (typeof ROUNDS)[number];
export type Milestone = z.infer<typeof milestoneSchema>;
export type Initiative = z.infer<typeof initiativeSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type EarlierAgreement = z.infer<typeof earlierAgreementSchema>;
export type RoundFile = z.infer<typeof roundFileSchema>;
