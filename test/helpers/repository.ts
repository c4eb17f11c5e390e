// This repository's owner/name, read the way the build reads it: from package.json `repository`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryOf } from '../../src/repository.js';
import { ROOT } from './cli.js';

export const REPOSITORY = repositoryOf(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).repository);
/** The same, escaped for a regular expression. */
export const REPOSITORY_RE = REPOSITORY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
