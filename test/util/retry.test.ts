import { describe, expect, it } from 'vitest';
import { transient } from '../../src/gcs/client.js';
import { isNetworkFailure } from '../../src/util/retry.js';

const withCode = (code: unknown) => Object.assign(new Error('x'), { code });

describe('isNetworkFailure', () => {
  it.each(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNREFUSED', 'EAI_AGAIN', 'ERR_STREAM_PREMATURE_CLOSE'])('%s is one', (code) => {
    expect(isNetworkFailure(withCode(code))).toBe(true);
  });

  it.each([['ENOTFOUND'], ['EACCES'], [404], [undefined]])('%s is not', (code) => {
    expect(isNetworkFailure(withCode(code))).toBe(false);
  });
});

describe('Cloud Storage transient', () => {
  it('retries 408, 429 and 5xx and network failures, nothing else', () => {
    expect([408, 429, 500, 503].map((c) => transient(withCode(c)))).toEqual([true, true, true, true]);
    expect([400, 403, 404, 412].map((c) => transient(withCode(c)))).toEqual([false, false, false, false]);
    expect(transient(withCode('EAI_AGAIN'))).toBe(true);
    expect(transient(withCode('ENOTFOUND'))).toBe(false);
  });
});
