// A bigquery: address is checked when the registry is opened (backends.ts), before its client library loads and
// before any request: a bad one is bad input up front, as when the adapter was built eagerly.
import { describe, expect, it } from 'vitest';
import { registryFor } from '../../src/backends.js';
import type { FamilySettings } from '../../src/config/settings.js';
import { InputError } from '../../src/errors.js';
import { parseBigQueryAddress } from '../../src/registry/bigquery-address.js';

describe('bigquery: addresses', () => {
  it.each([
    ['my-project.governance.model_registry', { project: 'my-project', dataset: 'governance', tableId: 'model_registry' }],
    ['example.com:my-project.d.t-1', { project: 'example.com:my-project', dataset: 'd', tableId: 't-1' }],
  ])('%s', (address, parts) => {
    expect(parseBigQueryAddress(address)).toEqual(parts);
  });

  it.each(['p.d.t', 'my-project.governance', 'my-project.gov ernance.t', 'My-Project.d.t'])('%s is bad input', (address) => {
    expect(() => parseBigQueryAddress(address)).toThrow(InputError);
    expect(() => parseBigQueryAddress(address)).toThrow('must be bigquery:PROJECT.DATASET.TABLE');
  });

  it('opening a registry checks the address and names the table; the adapter loads on its first call', async () => {
    const settings = (registry: string) => ({ registry, location: undefined, createTable: false }) as unknown as FamilySettings;
    await expect(registryFor(settings('bigquery:p.d.t'))).rejects.toThrow(InputError);
    const r = await registryFor(settings('bigquery:my-project.governance.model_registry'));
    expect(r?.name).toBe('model_registry');
    expect(r && 'close' in r).toBe(false);
  });
});
