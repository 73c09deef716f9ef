// Typed GraphQL documents (client preset) from the server's committed schema; `pnpm codegen` rewrites
// src/gql, and src/gql/codegen.test.ts fails when the committed files are stale. Paths are absolute so
// the test can run the same configuration from the repository root.
import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const GENERATED_DIR = here('./src/gql/');

const config: CodegenConfig = {
  schema: here('../server/schema.graphql'),
  documents: [here('./src/**/*.{ts,tsx}'), `!${GENERATED_DIR}**`],
  ignoreNoDocuments: true,
  generates: {
    [GENERATED_DIR]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
