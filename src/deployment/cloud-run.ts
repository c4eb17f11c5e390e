// Placeholder until the Google Cloud backends land (issue 3).
import { InputError } from '../errors.js';
import type { Deployment } from '../ports.js';

export const cloudRunDeployment = (address: string, ..._rest: unknown[]): Deployment => {
  throw InputError.at(address, 'this backend is not available in this build yet');
};
