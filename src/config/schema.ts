// The config file (.github/model-governance.yml). zod is the single source; its JSON Schema is published.
import * as z from 'zod/mini';
import '../manifest/zod-locale.js';

/**
 * The config's schemas, built on first use (zod's schema objects take about a millisecond to build): a command given
 * its sources as flags, with no config file, never reads one.
 */
const build = () => {
  const text = (min = 1) => z.string().check(z.minLength(min));
  const Markers = z.strictObject({ begin: text(8), end: text(8) });

  // Gates a model must pass before it may become production (see src/checks/gates.ts). One kind per entry, so the
  // published JSON Schema tells an editor exactly which keys go together.
  const metric = z
    .string()
    .check(z.regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/, { message: 'must be a metric name (letters, digits, _ . -)' }));
  const bound = z.number().check(z.refine(Number.isFinite, { message: 'must be a finite number' }));
  const GateConfigSchema = z.union(
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
  const FamilyConfigSchema = z.strictObject({
    name: z.optional(text()),
    manifest: text(),
    // The other copy of the same manifest (the repository's, or the Cloud Storage one): drift compares the two.
    'manifest-mirror': z.optional(text()),
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
    // What the MODEL block says beyond the facts every family has: its headline metrics and a warning line.
    block: z.optional(
      z.strictObject({
        metrics: z.optional(
          z.array(
            z.strictObject({
              label: text().check(z.maxLength(200)),
              metric: text().check(z.maxLength(128)),
              digits: z.optional(z.int().check(z.gte(0), z.lte(10))),
              format: z.optional(text().check(z.maxLength(200))),
            }),
          ),
        ),
        warning: z.optional(text().check(z.maxLength(1000))),
      }),
    ),
    filenames: z.optional(
      z.strictObject({
        pattern: z.optional(text()),
        globs: z.optional(z.array(text())),
        legacy: z.optional(z.array(text())),
      }),
    ),
    gates: z.optional(z.array(GateConfigSchema)),
    'stale-after-days': z.optional(z.int().check(z.gte(0), z.lte(36_500))),
  });

  const ConfigSchema = z.union([z.strictObject({ families: z.array(FamilyConfigSchema).check(z.minLength(1)) }), FamilyConfigSchema]);
  return { GateConfigSchema, FamilyConfigSchema, ConfigSchema };
};
let built: ReturnType<typeof build> | undefined;
export const configSchemas = (): ReturnType<typeof build> => {
  built ??= build();
  return built;
};

export type GateConfig = z.infer<ReturnType<typeof build>['GateConfigSchema']>;
export type FamilyConfig = z.infer<ReturnType<typeof build>['FamilyConfigSchema']>;
export const DEFAULT_CONFIG_PATH = '.github/model-governance.yml';
