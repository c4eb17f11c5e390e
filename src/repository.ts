// The action's own repository, `owner/name`, is written once: package.json `repository`. The build derives the
// schemas' URLs from it; the README, the reusable workflows' defaults and the copy-paste examples repeat it, and
// test/workflows/repository.test.ts holds them to it.

/** `owner/name` from package.json's `repository` (a string or `{ url }`, as npm accepts). */
export const repositoryOf = (field: unknown): string => {
  const url = typeof field === 'string' ? field : String((field as { url?: unknown } | undefined)?.url ?? '');
  const m = /github\.com[/:]([^/]+\/[^/]+?)(?:\.git)?$/.exec(url) ?? /^(?:github:)?([^/:]+\/[^/]+)$/.exec(url);
  if (!m?.[1]) throw new Error(`package.json repository "${url}" does not name a GitHub owner/name`);
  return m[1];
};

/** Where an editor fetches a published JSON Schema: the file in dist/ at the moving major tag. */
export const schemaUrl = (repository: string, file: string): string => `https://raw.githubusercontent.com/${repository}/v1/dist/${file}`;
