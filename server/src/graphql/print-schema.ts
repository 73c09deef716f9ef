// Writes server/schema.graphql, the contract the client's typed documents are generated from.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printedSchema } from './schema.js';

const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
writeFileSync(target, await printedSchema());
console.log(`wrote ${target}`);
