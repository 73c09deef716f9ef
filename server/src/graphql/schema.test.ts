import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { printedSchema } from './schema.js';

test('server/schema.graphql is the schema the code builds (run `pnpm schema` after changing it)', async () => {
  const committed = readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8');
  expect(await printedSchema()).toBe(committed);
});
