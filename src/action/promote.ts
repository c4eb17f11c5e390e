// The action promotes only a gs:// manifest. A manifest in the checkout would be rewritten in a workspace that is
// thrown away after the job (as for CLAUDE.md, the action never leaves edits there): the promotion would seem done
// and be lost. A repository manifest is promoted with the CLI and a pull request instead.
import type { FamilySettings } from '../config/settings.js';
import { InputError } from '../errors.js';
import type { ActionInputs } from './inputs.js';

export const refuseWorkspacePromotion = (i: Pick<ActionInputs, 'modes' | 'dryRun'>, families: readonly FamilySettings[]): void => {
  if (!i.modes.includes('promote') || i.dryRun) return;
  const local = families.find((f) => !f.manifest.startsWith('gs://'));
  if (local)
    throw InputError.at(
      'input mode',
      `promote writes the manifest, but ${local.manifest} is in the checkout, where the write would be lost; promote a repository manifest with the CLI and a pull request (dry-run: true shows the diff here)`,
    );
};
