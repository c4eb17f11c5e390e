// Placeholder until the Google Cloud backends land (issue 3).
import { InputError } from '../errors.js';
import type { Registry } from '../ports.js';

export const bigqueryRegistry = (address: string, ..._rest: unknown[]): Registry => {
  throw InputError.at(address, 'this backend is not available in this build yet');
};
