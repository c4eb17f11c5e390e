// The as-of input (drift, list) through the real input path: a real date or nothing; anything else names the input.
import { afterEach, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/action/inputs.js';
import { InputError } from '../../src/errors.js';
import { inputEnv } from '../e2e/runner.js';

const names = ['mode', 'as-of'].map(inputEnv);
afterEach(() => {
  for (const k of names) delete process.env[k];
});

const read = (asOf: string) => {
  process.env[inputEnv('mode')] = 'list';
  process.env[inputEnv('as-of')] = asOf;
  return readInputs();
};

describe('input as-of', () => {
  it('passes a real date through and leaves it unset when empty', () => {
    expect(read('2026-03-01').asOf).toBe('2026-03-01');
    expect(read('').asOf).toBeUndefined();
    expect(read('').modes).toEqual(['list']);
  });

  it.each(['2026-02-29', '2026-3-1', 'today', '2026-03-01T00:00:00Z'])('rejects %s naming the input', (v) => {
    expect(() => read(v)).toThrow(InputError);
    expect(() => read(v)).toThrow(`input as-of: "${v}" is not a real date YYYY-MM-DD`);
  });
});
