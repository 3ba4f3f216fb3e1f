/**
 * `npm run data:schema`: write the JSON Schema of a data pack (from the zod schema) to
 * src/dataset/pack.schema.json, so editors autocomplete and check dataset files
 * (`"$schema": "../pack.schema.json"` at the top of a pack). A test keeps it up to date.
 */
import { writeFileSync } from 'node:fs';
import { packJsonSchema } from '../src/dataset/json-schema';

const path = new URL('../src/dataset/pack.schema.json', import.meta.url).pathname;
writeFileSync(path, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${path}`);
