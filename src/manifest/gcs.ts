// Placeholder until the Google Cloud backends land (issue 3).
import { InputError } from '../errors.js';
import type { ManifestSource } from '../ports.js';

export const gcsManifest = (address: string, ..._rest: unknown[]): ManifestSource => {
  throw InputError.at(address, 'this backend is not available in this build yet');
};
