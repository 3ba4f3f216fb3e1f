import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packJsonSchema } from './json-schema';

describe('pack.schema.json', () => {
  it('is up to date with the zod schema (run npm run data:schema)', () => {
    const committed = JSON.parse(readFileSync(new URL('./pack.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(packJsonSchema());
  });
});
