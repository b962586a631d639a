import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed schema, never a server URL (house-style rule 12). Generated files are not
// formatted: `codegen --check` would otherwise always report them stale.
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'admin/src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: {
          Money: 'string',
          Decimal: 'string',
          Date: 'string',
          DateTime: 'string',
          JSON: 'unknown',
        },
      },
      presetConfig: { fragmentMasking: false },
    },
    'admin/src/schema/introspection.json': {
      plugins: ['introspection'],
      config: { minify: true },
    },
  },
};

export default config;
