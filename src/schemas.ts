// JSON Schemas published in dist/ for editors, generated from the zod schemas (the single source).
import * as z from 'zod/mini';
import { configSchemas } from './config/schema.js';
import { ManifestSchema } from './manifest/schema.js';
import { schemaUrl } from './repository.js';

/** The schemas, each with its published URL in `repository` (owner/name, from package.json) as `$id`. */
export const schemasFor = (repository: string) => {
  const withId = (id: string, schema: z.ZodMiniType) => ({
    $id: schemaUrl(repository, id),
    ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
  });
  return {
    'manifest.schema.json': withId('manifest.schema.json', ManifestSchema),
    'config.schema.json': withId('config.schema.json', configSchemas().ConfigSchema),
  };
};
