// Writes schema/runde.schema.json from the zod schema (npm run schema; needs `npm run build`).
import { writeFileSync } from 'node:fs';
import { roundJsonSchema } from '../dist/validate/json-schema.js';

writeFileSync(new URL('../schema/runde.schema.json', import.meta.url), roundJsonSchema());
