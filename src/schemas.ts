// JSON Schemas published in dist/ for editors, generated from the zod schemas (the single source).
import * as z from 'zod/mini';
import { ConfigSchema } from './config/schema.js';
import { ManifestSchema } from './manifest/schema.js';

const withId = (id: string, schema: z.ZodMiniType) => ({
  $id: `https://github.com/model-governance/model-governance/dist/${id}`,
  ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }),
});

export const schemas = {
  'manifest.schema.json': withId('manifest.schema.json', ManifestSchema),
  'config.schema.json': withId('config.schema.json', ConfigSchema),
};
