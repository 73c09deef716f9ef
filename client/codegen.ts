// Typed GraphQL documents (client preset) from the server's committed schema; `pnpm codegen` rewrites
// src/gql, and src/gql/codegen.test.ts fails when the committed files are stale. Paths are absolute so
// the test can run the same configuration from the repository root.
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const GENERATED_DIR = here('./src/gql/');
/**
 * The first page's few documents (.graphql files) get their own generated module: a bundle keeps a
 * generated module whole, so importing one node from the app's module would bring every document in
 * the app into the first page.
 */
const FIRST_PAGE_DIR = here('./src/gql/first-page/');

const output = (documents: string[]) => ({
  documents: [...documents, `!${GENERATED_DIR}**`],
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    skipTypename: true,
    scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
  },
});

const config: CodegenConfig = {
  schema: here('../server/schema.graphql'),
  ignoreNoDocuments: true,
  generates: {
    [GENERATED_DIR]: output([here('./src/**/*.{ts,tsx}')]),
    [FIRST_PAGE_DIR]: output([here('./src/**/*.graphql')]),
  },
};

export default config;
