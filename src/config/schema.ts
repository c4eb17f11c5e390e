// The config file (.github/model-governance.yml). zod is the single source; its JSON Schema is published.
import * as z from 'zod/mini';
import '../manifest/zod-locale.js';

const text = (min = 1) => z.string().check(z.minLength(min));
const Markers = z.strictObject({ begin: text(8), end: text(8) });

// Gates a model must pass before it may become production (see src/checks/gates.ts). One kind per entry, so the
// published JSON Schema tells an editor exactly which keys go together.
const metric = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/, { message: 'must be a metric name (letters, digits, _ . -)' }));
const bound = z.number().check(z.refine(Number.isFinite, { message: 'must be a finite number' }));
export const GateConfigSchema = z.union(
  [
    z.strictObject({ 'duplicate-window': z.literal(true) }),
    z.strictObject({ metric, min: bound }),
    z.strictObject({ metric, max: bound }),
    z.strictObject({ metric, 'abs-max': bound.check(z.gte(0)) }),
    z.strictObject({ metric, 'improves-on': z.literal('production'), direction: z.enum(['lower', 'higher']) }),
  ],
  {
    error:
      'must be one gate: { duplicate-window: true }, { metric, min }, { metric, max }, { metric, abs-max } or { metric, improves-on: production, direction: lower | higher }',
  },
);
export type GateConfig = z.infer<typeof GateConfigSchema>;

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
  gates: z.optional(z.array(GateConfigSchema)),
});

export const ConfigSchema = z.union([z.strictObject({ families: z.array(FamilyConfigSchema).check(z.minLength(1)) }), FamilyConfigSchema]);

export type FamilyConfig = z.infer<typeof FamilyConfigSchema>;
export const DEFAULT_CONFIG_PATH = '.github/model-governance.yml';
