// Load the config file and merge front-end overrides into per-family settings.
import { access } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { readYamlFile } from '../util/yaml-source.js';
import { ConfigSchema, DEFAULT_CONFIG_PATH, type FamilyConfig } from './schema.js';
import { type ConfigWhere, type FamilySettings, familySettings } from './settings.js';

export type Overrides = Partial<FamilyConfig>;

const exists = (p: string) =>
  access(p).then(
    () => true,
    () => false,
  );

export const loadConfigFile = async (path: string): Promise<FamilyConfig[]> => (await readConfigFile(path)).families;

/** The families of a config file, and where each sits in it (so settings can name a key's line:column). */
export const readConfigFile = async (path: string): Promise<{ families: FamilyConfig[]; where: ConfigWhere[] }> => {
  const src = await readYamlFile(path);
  const r = ConfigSchema.safeParse(src.value ?? {});
  if (!r.success) {
    // The config is either { families: [...] } or one family: report only the branch the file meant, so a typo
    // gives one line, not one per branch.
    const v = src.value;
    const branch = v !== null && typeof v === 'object' && 'families' in v ? 0 : 1;
    const issues = r.error.issues.flatMap((i) =>
      i.code === 'invalid_union' && i.path.length === 0 ? (i.errors[branch] ?? i.errors.flat()) : [i],
    );
    throw new InputError(
      issues.slice(0, 10).map((i) => {
        const path = i.path.filter((p): p is string | number => typeof p !== 'symbol');
        return {
          ...src.locate(path),
          path: `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`,
          message: i.message,
        };
      }),
    );
  }
  const families = 'families' in r.data ? r.data.families : [r.data];
  const where = families.map((_, i): ConfigWhere => ({ prefix: 'families' in r.data ? ['families', i] : [], locate: src.locate }));
  return { families, where };
};

/**
 * Settings for each selected family. With no config file, the overrides alone must name a manifest.
 * Flags override the file; with several families, source flags need --family to say which.
 */
export const resolveSettings = async (opts: { configPath?: string; family?: string; overrides: Overrides }): Promise<FamilySettings[]> => {
  const path = opts.configPath ?? DEFAULT_CONFIG_PATH;
  const read = opts.configPath !== undefined || (await exists(path)) ? await readConfigFile(path) : { families: [], where: [] };
  const fromFile = read.families;
  let families = fromFile;
  if (opts.family !== undefined) {
    families = fromFile.filter((f) => f.name === opts.family);
    if (families.length === 0 && fromFile.length > 0) throw InputError.at(path, `has no family named "${opts.family}"`);
  }
  const overrides = defined(opts.overrides);
  if (families.length === 0) {
    if (!overrides.manifest) throw InputError.at(path, 'no config file and no --manifest: nothing to check');
    return [familySettings({ ...(opts.family ? { name: opts.family } : {}), ...overrides } as FamilyConfig, 'arguments')];
  }
  if (families.length > 1 && Object.keys(overrides).length > 0)
    throw InputError.at(path, `lists ${families.length} families; name one with --family to override its settings`);
  return families.map((f) => familySettings(merge(f, overrides), path, read.where[fromFile.indexOf(f)]));
};

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

// Flags replace single values; filename rules merge key by key so --glob keeps the file's legacy list.
const merge = (f: FamilyConfig, o: Overrides): FamilyConfig => ({
  ...f,
  ...o,
  ...(o.filenames ? { filenames: { ...f.filenames, ...defined(o.filenames) } } : {}),
});
