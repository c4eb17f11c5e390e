// The config file (.github/model-governance.yml). zod is the single source; its JSON Schema is published.
import { z } from 'zod';

const Markers = z.object({ begin: z.string().min(8), end: z.string().min(8) }).strict();

export const FamilyConfigSchema = z
  .object({
    name: z.string().min(1).optional(),
    manifest: z.string().min(1),
    registry: z.string().min(1).optional(),
    location: z.string().min(1).optional(),
    'create-table': z.boolean().optional(),
    deployment: z.string().min(1).optional(),
    'model-env': z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'must be an environment variable name' })
      .optional(),
    'verify-artifacts': z.enum(['production', 'all', 'none']).optional(),
    'claude-md': z.string().min(1).optional(),
    markers: Markers.optional(),
    template: z.string().min(1).optional(),
    title: z.string().min(1).max(200).optional(),
    filenames: z
      .object({
        pattern: z.string().min(1).optional(),
        globs: z.array(z.string().min(1)).optional(),
        legacy: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const ConfigSchema = z.union([z.object({ families: z.array(FamilyConfigSchema).min(1) }).strict(), FamilyConfigSchema]);

export type FamilyConfig = z.infer<typeof FamilyConfigSchema>;
export const DEFAULT_CONFIG_PATH = '.github/model-governance.yml';
