// Load the config file and merge front-end overrides into per-family settings.
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { InputError, type SourcePosition } from '../errors.js';
import { isWithin, repositoryRoot } from '../util/contain.js';
import { access } from '../util/fs-async.js';
import { readYamlFile } from '../util/yaml-source.js';
import { confinePaths, localPath, type PathKey } from './confine.js';
import { configSchemas, DEFAULT_CONFIG_PATH, type FamilyConfig } from './schema.js';
import { type ConfigWhere, type FamilySettings, familySettings } from './settings.js';
import { explainUnknownKeys, keysAt } from './typos.js';

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
  const { ConfigSchema, FamilyConfigSchema } = configSchemas();
  const r = ConfigSchema.safeParse(src.value ?? {});
  if (!r.success) {
    // The config is either { families: [...] } or one family: report only the branch the file meant, so a typo
    // gives one line, not one per branch.
    const v = src.value;
    const branch = v !== null && typeof v === 'object' && 'families' in v ? 0 : 1;
    const issues = r.error.issues.flatMap((i) =>
      i.code === 'invalid_union' && i.path.length === 0 ? (i.errors[branch] ?? i.errors.flat()) : [i],
    );
    const explained = explainUnknownKeys(issues, (path) => keysAt(branch === 0 ? ConfigSchema.def.options[0] : FamilyConfigSchema, path));
    throw new InputError(
      explained.slice(0, 10).map((i) => ({ ...src.locate(i.path, i.key), path: configKey(i.path), message: i.message })),
    );
  }
  const families = 'families' in r.data ? r.data.families : [r.data];
  const where = families.map((_, i): ConfigWhere => ({ prefix: 'families' in r.data ? ['families', i] : [], locate: src.locate }));
  return { families, where };
};

/**
 * Which paths are confined to the workspace (config/confine.ts). The action confines the config file, its paths and
 * the path inputs to GITHUB_WORKSPACE; the CLI confines the config's paths (and a default config found in the
 * checkout) to the repository root, while paths typed on its command line are the user's own choice.
 */
export interface Confinement {
  /** The action's workspace. Absent for the CLI: the root of the repository holding the config file. */
  root?: string;
  /** Whether overrides (the action's inputs) are confined too. */
  inputs: boolean;
}

/**
 * Settings for each selected family. With no config file, the overrides alone must name a manifest.
 * Flags override the file; with several families, source flags need --family to say which.
 */
export const resolveSettings = async (opts: {
  configPath?: string;
  family?: string;
  overrides: Overrides;
  confine?: Confinement;
  /** CLI: with no --config, look for .github/model-governance.yml from the working directory up to the repository root. */
  walkUp?: boolean;
}): Promise<FamilySettings[]> => {
  const found = opts.configPath === undefined && opts.walkUp ? await findConfig(process.cwd()) : undefined;
  const path = opts.configPath ?? found ?? DEFAULT_CONFIG_PATH;
  const hasFile = opts.configPath !== undefined || (await exists(path));
  const root = opts.confine?.root ?? (await cliRoot(hasFile ? path : undefined));
  // The config is read only once it is known to lie inside: a link to /proc/self/environ is never parsed.
  if (hasFile && opts.confine && (opts.confine.inputs || opts.configPath === undefined))
    await confinePaths(
      [
        {
          key: opts.configPath === undefined ? 'config' : 'input config',
          value: path,
          where: { file: opts.configPath === undefined ? path : 'input config' },
        },
      ],
      root,
    );
  const loaded = hasFile ? await readConfigFile(path) : undefined;
  // A config found above the working directory names paths from its repository's root, where it was written for.
  const above = found === undefined ? undefined : resolve(dirname(dirname(found)));
  const base = above === undefined || above === process.cwd() ? undefined : above;
  const fromFile = (loaded?.families ?? []).map((f) => (base === undefined ? f : rebase(f, base)));
  let families = fromFile;
  if (opts.family !== undefined) {
    families = fromFile.filter((f) => f.name === opts.family);
    if (families.length === 0 && fromFile.length > 0) throw InputError.at(path, `has no family named "${opts.family}"`);
  }
  const overrides = defined(opts.overrides);
  if (families.length === 0) {
    if (!overrides.manifest) throw InputError.at(path, 'no config file and no --manifest: nothing to check');
    const only = familySettings(
      { ...(opts.family ? { name: opts.family } : {}), ...overrides } as FamilyConfig,
      'arguments',
      undefined,
      root,
    );
    if (opts.confine) await confinePaths(pathKeys(only, overrides, opts.confine, undefined), root);
    return [withGlobRoot(only, overrides, opts.confine, root)];
  }
  if (families.length > 1 && Object.keys(overrides).length > 0)
    throw InputError.at(path, `lists ${families.length} families; name one with --family to override its settings`);
  const out: FamilySettings[] = [];
  for (const f of families) {
    const i = fromFile.indexOf(f);
    const where = loaded?.where[i];
    const made = familySettings(merge(f, overrides), path, where, root);
    // The default CLAUDE.md sits at the config's repository root too (and stays a default: absent is no error).
    const s =
      base !== undefined && f['claude-md'] === undefined && overrides['claude-md'] === undefined
        ? { ...made, claudeMd: join(base, made.claudeMd) }
        : made;
    const at = (key: (string | number)[]) =>
      where ? { at: where.locate([...where.prefix, ...key]), key: configKey([...where.prefix, ...key]), file: f } : undefined;
    if (opts.confine) await confinePaths(pathKeys(s, overrides, opts.confine, at), root);
    out.push(withGlobRoot(s, overrides, opts.confine, root));
  }
  return out;
};

/** The nearest .github/model-governance.yml from `dir` up to the repository root (the directory holding .git). */
const findConfig = async (dir: string): Promise<string | undefined> => {
  const start = resolve(dir);
  // Outside a repository there is no root to stop at, so only the working directory counts: a config planted in a
  // shared parent (/tmp/.github/…) must never be picked up.
  const top = await repositoryRoot(start, start);
  for (let at = start; ; at = dirname(at)) {
    const candidate = join(at, DEFAULT_CONFIG_PATH);
    // Named from the working directory, as a typed path would be: `.github/…` there, `../../.github/…` above it.
    if (await exists(candidate)) return relative(process.cwd(), candidate);
    if (at === top || dirname(at) === at) return undefined;
  }
};

/** A family's relative local paths, made relative to `base` instead of the working directory. */
const rebase = (f: FamilyConfig, base: string): FamilyConfig => {
  const local = (v: string) => (isAbsolute(v) || /^[a-z]+:/.test(v) ? v : join(base, v));
  const out: FamilyConfig = { ...f, manifest: local(f.manifest) };
  if (f['manifest-mirror'] !== undefined) out['manifest-mirror'] = local(f['manifest-mirror']);
  if (f.registry?.startsWith('duckdb:')) out.registry = `duckdb:${local(f.registry.slice('duckdb:'.length))}`;
  if (f.deployment !== undefined) out.deployment = local(f.deployment);
  if (f['claude-md'] !== undefined) out['claude-md'] = local(f['claude-md']);
  if (f.template !== undefined) out.template = local(f.template);
  if (f.filenames?.globs) out.filenames = { ...f.filenames, globs: f.filenames.globs.map(local) };
  return out;
};

// The CLI's root: the repository holding the config file (or the working directory, when no config is used).
// Judged by where the config's name sits, not where it leads: a config that is itself a link out of the checkout
// must not carry the root along with it.
const cliRoot = async (config: string | undefined): Promise<string> => {
  const cwd = process.cwd();
  if (config === undefined) return repositoryRoot(cwd, cwd);
  const dir = dirname(resolve(cwd, config));
  return repositoryRoot(dir, isWithin(dir, resolve(cwd)) ? cwd : dir);
};

// Every local path of the effective settings, named by where it came from: an override (confined only when inputs
// are), else the config file at its line, else a default (claude-md's CLAUDE.md, which the checkout may make a link).
const pathKeys = (
  s: FamilySettings,
  o: Overrides,
  c: Confinement,
  at: ((key: (string | number)[]) => { at: SourcePosition; key: string; file: FamilyConfig } | undefined) | undefined,
): PathKey[] => {
  const keys: PathKey[] = [];
  const add = (name: 'manifest' | 'manifest-mirror' | 'registry' | 'deployment' | 'claude-md' | 'template', value: string | undefined) => {
    if (value === undefined) return;
    const local = localPath(name === 'claude-md' || name === 'template' ? 'other' : name === 'manifest-mirror' ? 'manifest' : name, value);
    if (local === undefined) return;
    if (o[name] !== undefined) {
      if (c.inputs) keys.push({ key: `input ${name}`, value: local, where: { file: `input ${name}` } });
      return;
    }
    const found = at?.([name]);
    keys.push(
      found && found.file[name] !== undefined
        ? { key: found.key, value: local, where: found.at }
        : { key: `${name} (default)`, value: local, where: found?.at ?? { file: 'arguments' }, optional: true },
    );
  };
  add('manifest', s.manifest);
  // The mirror is a second manifest: drift prints every value in which it differs, so it is confined the same way.
  add('manifest-mirror', s.manifestMirror);
  add('registry', s.registry);
  add('deployment', s.deployment);
  add('claude-md', s.claudeMd);
  add('template', s.template);
  if (o.filenames?.globs === undefined || c.inputs)
    s.filenames.globs.forEach((g, i) => {
      const found = at?.(['filenames', 'globs', i]);
      keys.push({ key: found?.key ?? `input glob`, value: g, where: found?.at ?? { file: 'input glob' }, glob: true });
    });
  return keys;
};

// Glob matches are checked as they are listed (a link inside the checkout may lead out), unless the globs were typed.
const withGlobRoot = (s: FamilySettings, o: Overrides, c: Confinement | undefined, root: string): FamilySettings =>
  c && (o.filenames?.globs === undefined || c.inputs) ? { ...s, filenames: { ...s.filenames, within: root } } : s;

/** A config key as errors name it: `$.families[1].claude-md` (config keys are plain words, hyphens included). */
const configKey = (path: (string | number)[]): string => `$${path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

// Flags replace single values; filename rules merge key by key so --glob keeps the file's legacy list.
const merge = (f: FamilyConfig, o: Overrides): FamilyConfig => ({
  ...f,
  ...o,
  ...(o.filenames ? { filenames: { ...f.filenames, ...defined(o.filenames) } } : {}),
});
