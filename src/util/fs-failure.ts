// Which filesystem failures are the environment rather than the user's files. A full disk, a quota, a read-only mount
// or an I/O error says nothing about the input, so it is exit 3 (ServiceError) like any other failed service, never
// exit 2 ("fix your file"). Writers map their errors through here before the generic "bad file" mapping.
import { ServiceError } from '../errors.js';

const ENVIRONMENT: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exhausted',
  EROFS: 'the filesystem is read-only',
  EIO: 'an I/O error on the device',
  EMFILE: 'too many open files in this process',
  ENFILE: 'too many open files on the system',
};

/** A ServiceError naming the filesystem when `e` is an environment failure; undefined for anything else. */
export const environmentFailure = (path: string, operation: string, e: unknown, after = ''): ServiceError | undefined => {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const why = code === undefined ? undefined : ENVIRONMENT[code];
  return why === undefined
    ? undefined
    : new ServiceError('The filesystem', `${operation} ${path}`, `${why} (${code})${after}`, { cause: e });
};
