import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSchemaFile } from '../server/src/scripts/print-schema.js';

describe('schema.graphql', () => {
  it('should match the schema built from the code (run `npm run schema:emit` when this fails)', async () => {
    const committed = readFileSync('schema.graphql', 'utf8');
    expect(committed === (await printSchemaFile()), 'schema.graphql is stale: run npm run schema:emit').toBe(true);
  });
});
