// The config file (.github/model-governance.yml). zod is the single source; its JSON Schema is published.
import * as z from 'zod/mini';
import '../manifest/zod-locale.js';

const text = (min = 1) => z.string().check(z.minLength(min));
const Markers = z.strictObject({ begin: text(8), end: text(8) });

export const FamilyConfigSchema = z.strictObject({
  name: z.optional(text()),
  manifest: text(),
  registry: z.optional(text()),
  location: z.optional(text()),
  'create-table': z.optional(z.boolean()),
  deployment: z.optional(text()),
  'model-env': z.optional(z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'must be an environment variable name' }))),
  'verify-artifacts': z.optional(z.enum(['production', 'all', 'none'])),
  'claude-md': z.optional(text()),
  markers: z.optional(Markers),
  template: z.optional(text()),
  title: z.optional(text().check(z.maxLength(200))),
  filenames: z.optional(
    z.strictObject({
      pattern: z.optional(text()),
      globs: z.optional(z.array(text())),
      legacy: z.optional(z.array(text())),
    }),
  ),
  'stale-after-days': z.optional(z.int().check(z.gte(0), z.lte(36_500))),
});

export const ConfigSchema = z.union([z.strictObject({ families: z.array(FamilyConfigSchema).check(z.minLength(1)) }), FamilyConfigSchema]);

export type FamilyConfig = z.infer<typeof FamilyConfigSchema>;
export const DEFAULT_CONFIG_PATH = '.github/model-governance.yml';
